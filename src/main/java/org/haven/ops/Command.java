package org.haven.ops;

import java.io.PrintStream;

import org.springframework.core.env.Environment;

/**
 * One command-line operation. It gets Haven's configuration (application.yaml,
 * environment variables, {@code --name=value} flags) and the arguments after its name,
 * and returns the process's exit status.
 */
interface Command {

	int run(Environment settings, CommandArguments arguments, PrintStream out) throws Exception;

}
