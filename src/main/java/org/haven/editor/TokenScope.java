package org.haven.editor;

/**
 * What an API token may do: {@code READ} only reads (GET, HEAD), {@code WRITE} does all
 * its owner's role allows.
 */
enum TokenScope {

	READ, WRITE;

	boolean allows(String method) {
		return this == WRITE || "GET".equals(method) || "HEAD".equals(method);
	}

}
