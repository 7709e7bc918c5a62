package org.haven.ops;

import java.util.List;

import org.haven.common.CliCommand;
import org.haven.common.CliContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * This module's command-line operations, on the data instead of the site: they run with
 * Haven's configuration but without the web server, the database migrations or the
 * content import. To add one, implement {@link Command} and list it here.
 */
public final class OpsCommands {

	private OpsCommands() {
	}

	public static List<CliCommand> all() {
		return List.of(new Operation("backup",
				"backup [--out haven-backup.zip]      the H2 database and the content folder in one zip (Haven stopped)",
				new BackupCommand()),
				new Operation("restore",
						"restore haven-backup.zip             a backup into an empty data folder and content folder",
						new RestoreCommand()));
	}

	private record Operation(String name, String usage, Command command) implements CliCommand {

		@Override
		public int run(String[] args, CliContext context) throws Exception {
			try (ConfigurableApplicationContext settings = context.settings(args)) {
				return command.run(settings.getEnvironment(), CommandArguments.of(args), context.out());
			}
		}

	}

}
