package org.haven.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without an SMTP server a new installation still visibly sends: to .eml files. */
class EmlFileTransportUnitTest {

	@TempDir
	Path folder;

	@Test
	void writesEachMailAsAnEmlFileAMailClientCanOpen() throws Exception {
		MailTransport transport = new EmlFileTransport(folder.resolve("outbox"));
		OutboxRow row = new OutboxRow(1, "k:1", "reader@example.org", 1, 0, Map.of("name", "Ann"), Map.of());

		transport.send(new MessageFactory("news@example.org", "Haven").create(row,
				new MailMessage("Hello {{name}}", "Hi {{name}}", "<p>Hi {{name}}</p>")));

		List<Path> files;
		try (Stream<Path> listing = Files.list(folder.resolve("outbox"))) {
			files = listing.toList();
		}
		assertThat(files).singleElement().satisfies(file -> assertThat(file.toString()).endsWith(".eml"));
		try (InputStream in = Files.newInputStream(files.get(0))) {
			MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
			assertThat(read.getSubject()).isEqualTo("Hello Ann");
			assertThat(read.getAllRecipients()[0].toString()).isEqualTo("reader@example.org");
		}
	}

}
