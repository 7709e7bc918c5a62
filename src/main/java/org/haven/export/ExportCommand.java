package org.haven.export;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.haven.common.CliCommand;
import org.haven.common.CliContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export --out DIR [--incremental] [--watch]}: starts the application on a
 * loopback port that only the export uses, writes the site and stops; with
 * {@code --watch} it stays up, imports each change to the content folder as the site's
 * file watcher does, and exports again what changed, with a warm JVM, until stopped.
 */
public final class ExportCommand implements CliCommand {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return "export --out public/ [--incremental] [--watch]  the public site as static files (incremental: only what"
				+ " changed; watch: again after each change to content/, until Ctrl-C)";
	}

	@Override
	public int run(String[] args, CliContext context) {
		List<String> rest = new ArrayList<>();
		Path out = Path.of("public");
		boolean incremental = false;
		boolean watch = false;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--out") && i + 1 < args.length) {
				out = Path.of(args[++i]);
			}
			else if (args[i].startsWith("--out=")) {
				out = Path.of(args[i].substring("--out=".length()));
			}
			else if (args[i].equals("--incremental")) {
				incremental = true;
			}
			else if (args[i].equals("--watch")) {
				watch = true;
			}
			else {
				rest.add(args[i]);
			}
		}
		rest.add("--server.address=127.0.0.1");
		rest.add("--server.port=0");
		rest.add("--haven.content.watch=" + watch);
		rest.add("--haven.search.index=false"); // the exported site has no search
		// the export's own requests are not readers: timing each as http.server.requests
		// was 2% of an export
		rest.add("--management.observations.enable.http.server.requests=false");
		if (rest.stream().noneMatch(arg -> arg.startsWith("--haven.web.page-cache.enabled"))) {
			// each address is asked for once a run: keeping every page with its gzip copy
			// and hash is work nobody reads (a sixth of a full export's time at 10k)
			rest.add("--haven.web.page-cache.enabled=false");
		}
		// The crawl's client keeps 5 idle connections by default; keeping one for each
		// crawl thread saves opening a connection for most requests
		System.getProperties().putIfAbsent("http.maxConnections", String.valueOf(StaticExport.CRAWL_THREADS));
		PrintStream console = context.out();
		try (ConfigurableApplicationContext application = context.application(true, rest.toArray(String[]::new))) {
			String port = application.getEnvironment().getProperty("local.server.port");
			StaticExport export = application.getBean(StaticExport.class);
			URI origin = URI.create("http://127.0.0.1:" + port);
			ContentChanges changes = new ContentChanges();
			if (watch) {
				application.addApplicationListener(changes);
			}
			int status = exportOnce(export, origin, out, incremental, console);
			if (!watch) {
				return status;
			}
			console.println("Watching the content folder; each change is exported again (Ctrl-C stops)");
			while (changes.await()) {
				status = exportOnce(export, origin, out, true, console);
			}
			return status;
		}
	}

	private static int exportOnce(StaticExport export, URI origin, Path out, boolean incremental, PrintStream console) {
		ExportReport report = export.export(origin, out.toAbsolutePath(), incremental, done -> {
			if (done % 250 == 0) {
				console.print("\rExported " + done + " addresses");
			}
		});
		console.println("\r" + report.summary() + " into " + out);
		report.failed().forEach(failure -> console.println("  failed: " + failure));
		return report.failed().isEmpty() ? 0 : 1;
	}

}
