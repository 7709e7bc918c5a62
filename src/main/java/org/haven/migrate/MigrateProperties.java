package org.haven.migrate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Imports started from the admin.
 *
 * @param maxMediaArchive the largest media archive (a zip of WordPress's uploads) an
 * admin may upload, and the most it may unpack to
 */
@ConfigurationProperties("haven.migrate")
public record MigrateProperties(@DefaultValue("2GB") DataSize maxMediaArchive) {

}
