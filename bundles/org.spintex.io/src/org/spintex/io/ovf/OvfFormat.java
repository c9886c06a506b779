package org.spintex.io.ovf;

/** The data representations of OVF 2.0: 4- and 8-byte little-endian IEEE floats, or text. */
public enum OvfFormat {

	BINARY4("Binary 4"), BINARY8("Binary 8"), TEXT("Text");

	private final String header;

	OvfFormat(String header) {
		this.header = header;
	}

	/** The word that follows "# Begin: Data " in the file. */
	public String header() {
		return header;
	}

	static OvfFormat ofHeader(String header) {
		for (OvfFormat f : values()) {
			if (f.header.equalsIgnoreCase(header.trim())) {
				return f;
			}
		}
		throw new IllegalArgumentException("unknown OVF data format '" + header + "'");
	}
}
