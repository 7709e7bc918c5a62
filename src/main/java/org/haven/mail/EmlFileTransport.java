package org.haven.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without an SMTP server, mail lands in a folder as {@code .eml} files any mail client
 * opens, so a new installation visibly works. Each file is written to a temporary name
 * and renamed, so a reader never sees half a message.
 */
class EmlFileTransport implements MailTransport {

	private static final Logger log = LoggerFactory.getLogger(EmlFileTransport.class);

	private final Path folder;

	private final AtomicLong sequence = new AtomicLong();

	EmlFileTransport(Path folder) {
		this.folder = folder;
		log.info("No SMTP server configured (spring.mail.host): mail is written to {}", folder.toAbsolutePath());
	}

	@Override
	public Connection open() {
		return this::write;
	}

	private void write(MimeMessage message) throws MessagingException {
		try {
			Files.createDirectories(folder);
			String name = System.currentTimeMillis() + "-" + sequence.incrementAndGet();
			Path temporary = folder.resolve(name + ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				message.writeTo(out);
			}
			Path target = folder.resolve(name + ".eml");
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			log.info("Mail to {} written to {} (no SMTP server configured)", message.getAllRecipients()[0], target);
		}
		catch (IOException ex) {
			throw new MessagingException("Could not write " + folder + ": " + ex.getMessage(), ex);
		}
	}

}
