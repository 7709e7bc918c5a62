package org.haven.common;

import java.io.PrintStream;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a {@link CliCommand} may start: Haven's configuration alone, or the application.
 */
public interface CliContext {

	/** Where the command reports (the terminal). */
	PrintStream out();

	/**
	 * Haven's configuration read the way the site reads it (application.yaml,
	 * environment, {@code --name=value}), without beans, web server, migrations or
	 * content import.
	 */
	ConfigurableApplicationContext settings(String[] args);

	/**
	 * The whole application, with its web server when {@code web}; close it when done.
	 */
	ConfigurableApplicationContext application(boolean web, String[] args);

}
