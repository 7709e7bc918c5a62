package org.haven.common;

/**
 * One operation of the jar besides serving the site:
 * {@code java -jar haven.jar NAME ...}. A module that has one makes it;
 * {@code org.haven.Commands} lists them all and runs the one named.
 */
public interface CliCommand {

	/** The first argument that selects this command. */
	String name();

	/** One line for the help: the name, its arguments, and what it does. */
	String usage();

	/**
	 * Runs with the whole command line ({@code args[0]} is the name; Spring's
	 * {@code --name=value} settings are among the rest) and returns the exit status.
	 */
	int run(String[] args, CliContext context) throws Exception;

}
