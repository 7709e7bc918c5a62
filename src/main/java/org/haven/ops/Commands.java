package org.haven.ops;

import java.io.PrintStream;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The command-line operations, by name. {@code java -jar haven.jar backup --out x.zip}
 * runs one with Haven's configuration but without the web server, the database migrations
 * or the content import. To add one, implement {@link Command} and name it here.
 */
public final class Commands {

	private static final Map<String, Command> COMMANDS = Map.of("backup", new BackupCommand(), "restore",
			new RestoreCommand());

	private Commands() {
	}

	/** Whether the first argument names a command rather than starting the site. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.containsKey(args[0]);
	}

	/** Runs the command named by the first argument; returns the exit status. */
	public static int run(String[] args, PrintStream out) {
		Command command = COMMANDS.get(args[0]);
		try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(SettingsOnly.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			return command.run(settings.getEnvironment(), CommandArguments.of(args), out);
		}
		catch (Exception ex) {
			out.println(args[0] + " failed: " + ex.getMessage());
			return 1;
		}
	}

	/** No beans: only Haven's configuration, read the way the site reads it. */
	@Configuration(proxyBeanMethods = false)
	static class SettingsOnly {

	}

}
