package org.haven;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.haven.export.ExportReport;
import org.haven.export.StaticExport;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's commands besides serving the site. {@code export --out DIR [--incremental]}
 * starts the application on a loopback port that only the export uses, writes the site
 * and stops.
 */
final class HavenCommands {

	private HavenCommands() {
	}

	static boolean isCommand(String[] args) {
		return args.length > 0 && args[0].equals("export");
	}

	static int run(String[] args) {
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
