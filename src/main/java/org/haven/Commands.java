package org.haven;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.haven.common.CliCommand;
import org.haven.common.CliContext;
import org.haven.export.ExportCommand;
import org.haven.migrate.WordPressImportCommand;
import org.haven.ops.OpsCommands;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The jar's commands besides serving the site, in one place: each module makes its own
 * ({@link CliCommand}) and is listed here. {@code java -jar haven.jar help} lists them.
 */
public final class Commands {

	private static final List<CliCommand> ALL = Stream
		.of(OpsCommands.all(), List.<CliCommand>of(new ExportCommand(), new WordPressImportCommand()))
		.flatMap(List::stream)
		.toList();

	private Commands() {
	}

	/** Whether the first argument names a command rather than starting the site. */
	public static boolean handles(String[] args) {
		return args.length > 0 && (args[0].equals("help") || find(args[0]).isPresent());
	}

	/** Runs the command named by the first argument; returns the exit status. */
	public static int run(String[] args, PrintStream out) {
		Optional<CliCommand> command = find(args[0]);
		if (command.isEmpty()) {
			out.println("Usage: java -jar haven.jar [command]; without one, Haven serves the site. Commands:");
			ALL.forEach(each -> out.println("  " + each.usage()));
			out.println("Settings go after the command as --name=value (e.g. --haven.content.dir=content).");
			return args[0].equals("help") ? 0 : 2;
		}
		try {
			return command.get().run(args, new Launcher(out));
		}
		catch (Exception ex) {
			out.println(args[0] + " failed: " + ex.getMessage());
			Throwable cause = ex;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			if (cause != ex) {
				// a context that does not start says why only in its deepest cause
				out.println("  because: " + cause);
			}
			return 1;
		}
	}

	private static Optional<CliCommand> find(String name) {
		return ALL.stream().filter(command -> command.name().equals(name)).findFirst();
	}

	/** Starts what a command asks for, from this application's configuration. */
	private record Launcher(PrintStream out) implements CliContext {

		@Override
		public ConfigurableApplicationContext settings(String[] args) {
			return new SpringApplicationBuilder(SettingsOnly.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.run(args);
		}

		@Override
		public ConfigurableApplicationContext application(boolean web, String[] args) {
			SpringApplication application = new SpringApplication(HavenApplication.class);
			application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
			return application.run(args);
		}

	}

	/** No beans: only Haven's configuration, read the way the site reads it. */
	@Configuration(proxyBeanMethods = false)
	static class SettingsOnly {

	}

}
