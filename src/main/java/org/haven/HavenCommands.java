package org.haven;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.haven.export.ExportReport;
import org.haven.export.StaticExport;
import org.haven.migrate.WordPressImport;
import org.haven.migrate.WordPressReport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's commands besides serving the site. {@code export --out DIR [--incremental]}
 * starts the application on a loopback port that only the export uses, writes the site
 * and stops; {@code import-wordpress} runs without a web server.
 */
final class HavenCommands {

	private HavenCommands() {
	}

	static boolean isCommand(String[] args) {
		return args.length > 0 && (args[0].equals("export") || args[0].equals("import-wordpress"));
	}

	static int run(String[] args) {
		return args[0].equals("export") ? export(args) : importWordPress(args);
	}

	/**
	 * {@code import-wordpress export.xml [--media-dir wp-content/uploads]}: no web
	 * server, only the import.
	 */
	private static int importWordPress(String[] args) {
		if (args.length < 2) {
			System.err.println("usage: import-wordpress export.xml [--media-dir wp-content/uploads]");
			return 2;
		}
		Path export = Path.of(args[1]);
		Path media = null;
		List<String> rest = new ArrayList<>();
		for (int i = 2; i < args.length; i++) {
			if (args[i].equals("--media-dir") && i + 1 < args.length) {
				media = Path.of(args[++i]);
			}
			else {
				rest.add(args[i]);
			}
		}
		rest.add("--haven.content.watch=false");
		rest.add("--haven.content.import-on-startup=false");
		SpringApplication application = new SpringApplication(HavenApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		PrintStream console = System.out;
		try (ConfigurableApplicationContext context = application.run(rest.toArray(String[]::new))) {
			WordPressReport report = context.getBean(WordPressImport.class).importExport(export, media, done -> {
				if (done % 100 == 0) {
					console.print("\rRead " + done + " items");
				}
			});
			console.println("\r" + report.summary());
			report.skipped().forEach(line -> console.println("  skipped: " + line));
			report.missingMedia().forEach(line -> console.println("  missing: " + line));
			report.content().problems().forEach(line -> console.println("  failed: " + line));
			return report.content().problems().isEmpty() ? 0 : 1;
		}
	}

	private static int export(String[] args) {
		List<String> rest = new ArrayList<>();
		Path out = Path.of("public");
		boolean incremental = false;
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
			else {
				rest.add(args[i]);
			}
		}
		rest.add("--server.address=127.0.0.1");
		rest.add("--server.port=0");
		rest.add("--haven.content.watch=false");
		PrintStream console = System.out;
		try (ConfigurableApplicationContext context = SpringApplication.run(HavenApplication.class,
				rest.toArray(String[]::new))) {
			String port = context.getEnvironment().getProperty("local.server.port");
			StaticExport export = context.getBean(StaticExport.class);
			ExportReport report = export.export(URI.create("http://127.0.0.1:" + port), out.toAbsolutePath(),
					incremental, done -> {
						if (done % 250 == 0) {
							console.print("\rExported " + done + " addresses");
						}
					});
			console.println("\r" + report.summary() + " into " + out);
			report.failed().forEach(failure -> console.println("  failed: " + failure));
			return report.failed().isEmpty() ? 0 : 1;
		}
	}

}
