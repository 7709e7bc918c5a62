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
 * {@code export --out DIR [--incremental]}: starts the application on a loopback port
 * that only the export uses, writes the site and stops.
 */
public final class ExportCommand implements CliCommand {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return "export --out public/ [--incremental]  the public site as static files (incremental: only what changed)";
	}

	@Override
	public int run(String[] args, CliContext context) {
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
		rest.add("--haven.search.index=false"); // the exported site has no search
		PrintStream console = context.out();
		try (ConfigurableApplicationContext application = context.application(true, rest.toArray(String[]::new))) {
			String port = application.getEnvironment().getProperty("local.server.port");
			StaticExport export = application.getBean(StaticExport.class);
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
