package org.spintex.input;

import org.spintex.core.math.Vector3;

/** A coordinate axis of the device: the axis a spiral winds along, the polar axis of a phase portrait. */
public enum Axis implements ChoiceWord {

	X("x"),
	Y("y"),
	Z("z");

	private final String word;

	Axis(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}

	/** The unit vector along this axis. */
	public Vector3 unitVector() {
		return switch (this) {
		case X -> Vector3.UNIT_X;
		case Y -> Vector3.UNIT_Y;
		case Z -> Vector3.UNIT_Z;
		};
	}
}
