package org.haven.editor.media;

import java.io.ByteArrayOutputStream;

/**
 * A GIF without comment, plain-text or application extensions other than the looping one
 * (so no XMP) and without anything after its trailer. Frames and their timing stay byte
 * for byte.
 */
final class GifMetadata {

	private GifMetadata() {
	}

	static byte[] strip(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		int at = 13 + colourTable(in[10]);
		out.write(in, 0, at); // header, screen descriptor, global colour table
		while (at < in.length) {
			int block = in[at] & 0xFF;
			if (block == 0x3B) { // trailer: the end, whatever follows
				out.write(0x3B);
				return out.toByteArray();
			}
			int end;
			if (block == 0x2C) { // image: descriptor, local colour table, code size, data
				int data = at + 10 + colourTable(in[at + 9]) + 1;
				end = subBlocks(in, data);
				out.write(in, at, end - at);
			}
			else if (block == 0x21) {
				int label = in[at + 1] & 0xFF;
				end = subBlocks(in, at + 2);
				if (label == 0xF9 || (label == 0xFF && looping(in, at + 2))) {
					out.write(in, at, end - at);
				}
			}
			else {
				return in;
			}
			at = end;
		}
		return in; // no trailer: not well-formed
	}

	private static int colourTable(byte flags) {
		return (flags & 0x80) == 0 ? 0 : 3 * (1 << ((flags & 0x07) + 1));
	}

	/** The position after a chain of sub-blocks ending with an empty one. */
	private static int subBlocks(byte[] in, int at) {
		int p = at;
		while (true) {
			int size = in[p] & 0xFF;
			p += 1 + size;
			if (size == 0) {
				if (p > in.length) {
					throw new IndexOutOfBoundsException(p);
				}
				return p;
			}
		}
	}

	/** The NETSCAPE2.0 (or ANIMEXTS1.0) extension that says how often to loop. */
	private static boolean looping(byte[] in, int at) {
		return (in[at] & 0xFF) == 11 && (ImageMetadata.startsWith(in, at + 1, "NETSCAPE2.0")
				|| ImageMetadata.startsWith(in, at + 1, "ANIMEXTS1.0"));
	}

}
