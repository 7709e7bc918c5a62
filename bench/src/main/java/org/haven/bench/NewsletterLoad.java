package org.haven.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.haven.HavenApplication;
import org.haven.article.ArticleDraft;
import org.haven.article.ArticleEditing;
import org.haven.article.EditableArticle;
import org.haven.mail.MailGroupStats;
import org.haven.mail.MailOutbox;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newsletter at scale: Haven in this JVM (H2 in memory, the sample content), 10,000
 * whole-site subscribers, a local SMTP sink. Measures the publish call without and with
 * subscribers (the enqueue runs after commit on another thread), the time until every
 * mail is queued, the send rate with no pacing, and the heap while sending.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.haven.bench.NewsletterLoad [subscribers] [rounds]
 * </pre>
 */
public final class NewsletterLoad {

	private NewsletterLoad() {
	}

	public static void main(String[] args) throws Exception {
		int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		Path data = Files.createTempDirectory("haven-news-bench-");
		Path content = copy(Path.of("content"), data.resolve("content"));
		try (SmtpSink sink = new SmtpSink()) {
			// command-line arguments, so they win over application.yaml
			ConfigurableApplicationContext app = new SpringApplicationBuilder(HavenApplication.class).run(
					"--spring.datasource.url=jdbc:h2:mem:newsbench;DB_CLOSE_DELAY=-1",
					"--haven.site.data-dir=" + data, "--haven.content.dir=" + content, "--haven.theme.dir=themes",
					"--server.port=0", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + sink.port(),
					"--haven.mail.worker-enabled=false", "--logging.level.org.haven=warn");
			ArticleEditing editing = app.getBean(ArticleEditing.class);
			MailOutbox outbox = app.getBean(MailOutbox.class);
			List<Double> bare = new ArrayList<>();
			for (int i = 0; i < rounds + 2; i++) {
				bare.add(publishMillis(editing, "bare-" + i));
			}
			addSubscribers(app.getBean(JdbcClient.class), subscribers);
			List<Double> withSubscribers = new ArrayList<>();
			List<Double> enqueue = new ArrayList<>();
			List<Double> rates = new ArrayList<>();
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			long heapPeak = 0;
			long heapLow = Long.MAX_VALUE;
			for (int i = 0; i < rounds; i++) {
				long start = System.nanoTime();
				EditableArticle article = publish(editing, "news-" + i);
				withSubscribers.add((System.nanoTime() - start) / 1e6);
				String group = "article:" + article.id();
				while (outbox.stats(group).map(MailGroupStats::queued).orElse(0L) < subscribers) {
					Thread.sleep(5);
				}
				enqueue.add((System.nanoTime() - start) / 1e6);
				System.gc();
				AtomicLong peak = new AtomicLong();
				Thread sampler = new Thread(() -> {
					while (!Thread.currentThread().isInterrupted()) {
						peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
						try {
							Thread.sleep(50);
						}
						catch (InterruptedException ex) {
							return;
						}
					}
				});
				long before = memory.getHeapMemoryUsage().getUsed();
				sampler.start();
				long sendStart = System.nanoTime();
				int sent = outbox.sendDueNow();
				double seconds = (System.nanoTime() - sendStart) / 1e9;
				sampler.interrupt();
				sampler.join();
				rates.add(sent / seconds);
				heapLow = Math.min(heapLow, before);
				heapPeak = Math.max(heapPeak, peak.get());
				System.out.printf("round %d: publish %.1f ms, all %d queued after %.0f ms, %d sent in %.1f s "
						+ "(%.0f mails/s), heap %d MB after GC before sending, peak %d MB while sending%n", i + 1,
						withSubscribers.get(i), subscribers, enqueue.get(i), sent, seconds, sent / seconds,
						before >> 20, peak.get() >> 20);
			}
			System.out.printf("publish call median: %.1f ms without subscribers, %.1f ms with %d (ratio %.2f)%n",
					median(bare.subList(2, bare.size())), median(withSubscribers), subscribers,
					median(withSubscribers) / median(bare.subList(2, bare.size())));
			System.out.printf("enqueue of %d median: %.0f ms after the publish call began%n", subscribers,
					median(enqueue));
			System.out.printf("send median: %.0f mails/s (SMTP sink received %d)%n", median(rates), sink.received());
			System.out.printf("heap: %d MB after GC before sending, at most %d MB while sending (max heap %d MB)%n",
					heapLow >> 20, heapPeak >> 20, Runtime.getRuntime().maxMemory() >> 20);
			app.close();
		}
	}

	private static double publishMillis(ArticleEditing editing, String slug) {
		long start = System.nanoTime();
		publish(editing, slug);
		return (System.nanoTime() - start) / 1e6;
	}

	private static EditableArticle publish(ArticleEditing editing, String slug) {
		ArticleDraft draft = new ArticleDraft("Sleep and worry " + slug, slug,
				"How worry keeps us awake, and what helps.", "anxiety", List.of("Sleep", "Worry"), "maya-okafor", null,
				null, null, List.of(), false, List.of(), null, null,
				"Worry often gets louder at night.\n\nA few calm steps help.\n");
		EditableArticle created = editing.create(draft, "bench@haven.test");
		return editing.publish(created.id(), created.version(), created.draft(), null, "bench@haven.test");
	}

	private static void addSubscribers(JdbcClient jdbc, int count) {
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < count; i++) {
			jdbc.sql("""
					insert into subscriber (email, token, whole_site, frequency, paused, consent_at, consent_version,
					    created_at, updated_at) values (?, ?, true, 'EACH', false, ?, 'bench', ?, ?)""")
				.params("reader" + i + "@example.org", "token-" + i, now, now, now)
				.update();
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static Path copy(Path source, Path target) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path to = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return target;
	}

}
