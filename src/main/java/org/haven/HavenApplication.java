package org.haven;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Haven: a content management site for mental-health publications. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HavenApplication {

	public static void main(String[] args) {
		// H2 hashes every string it reads or writes to share equal ones; for article
		// bodies that costs more than it
		// saves (a tenth of a bulk import's database time). Set before H2 loads; a -D on
		// the command line wins.
		if (System.getProperty("h2.objectCache") == null) {
			System.setProperty("h2.objectCache", "false");
		}
		if (Commands.handles(args)) {
			// backup, restore, export, import-wordpress, help (see Commands)
			System.exit(Commands.run(args, System.out));
		}
		SpringApplication.run(HavenApplication.class, args);
	}

}
