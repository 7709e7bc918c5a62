package org.haven.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command's own arguments: {@code --out file} style options and plain values; Spring's
 * {@code --name=value} settings are left to the configuration.
 */
record CommandArguments(List<String> values, List<String> options) {

	static CommandArguments of(String[] args) {
		List<String> values = new ArrayList<>();
		List<String> options = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--") && arg.contains("=")) {
				continue; // a setting, read through the Environment
			}
			if (arg.startsWith("--") && i + 1 < args.length) {
				options.add(arg.substring(2));
				options.add(args[++i]);
			}
			else {
				values.add(arg);
			}
		}
		return new CommandArguments(values, options);
	}

	Optional<String> option(String name) {
		for (int i = 0; i + 1 < options.size(); i += 2) {
			if (options.get(i).equals(name)) {
				return Optional.of(options.get(i + 1));
			}
		}
		return Optional.empty();
	}

}
