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
		SpringApplication.run(HavenApplication.class, args);
	}

}
