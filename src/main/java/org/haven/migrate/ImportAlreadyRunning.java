package org.haven.migrate;

/** A second WordPress upload while one import still runs: imports run one at a time. */
public class ImportAlreadyRunning extends RuntimeException {

	private final String fileName;

	ImportAlreadyRunning(String fileName) {
		super("a WordPress import of " + fileName + " is still running");
		this.fileName = fileName;
	}

	/** The export the running import reads. */
	public String fileName() {
		return fileName;
	}

}
