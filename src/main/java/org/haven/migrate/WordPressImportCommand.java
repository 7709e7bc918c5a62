package org.haven.migrate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.haven.common.CliCommand;
import org.haven.common.CliContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import-wordpress export.xml [--media-dir wp-content/uploads]}: the application
 * without a web server, only the import.
 */
public final class WordPressImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import-wordpress";
	}

	@Override
	public String usage() {
		return "import-wordpress export.xml [--media-dir wp-content/uploads]  a WordPress export into content/";
	}

	@Override
	public int run(String[] args, CliContext context) {
		PrintStream console = context.out();
		if (args.length < 2) {
			console.println("usage: " + usage());
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
		try (ConfigurableApplicationContext application = context.application(false, rest.toArray(String[]::new))) {
			WordPressReport report = application.getBean(WordPressImport.class)
				.importExport(export, media, new TerminalProgressBar(console));
			console.println(report.summary());
			report.skipped().forEach(line -> console.println("  skipped: " + line));
			report.notes().forEach(line -> console.println("  note: " + line));
			report.missingMedia().forEach(line -> console.println("  missing: " + line));
			report.content().problems().forEach(line -> console.println("  failed: " + line));
			return report.content().problems().isEmpty() ? 0 : 1;
		}
	}

}
