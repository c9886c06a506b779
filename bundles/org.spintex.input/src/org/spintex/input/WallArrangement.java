package org.spintex.input;

/**
 * Which domains a wall separates: along z (up-down, down-up) or along the wall's normal (head-to-head,
 * tail-to-tail), the normal being x on a film and the wire's axis on a wire.
 */
public enum WallArrangement implements ChoiceWord {

	HEAD_TO_HEAD("head-to-head"),
	TAIL_TO_TAIL("tail-to-tail"),
	UP_DOWN("up-down"),
	DOWN_UP("down-up");

	private final String word;

	WallArrangement(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}

	/** Whether the second domain points along the first's reverse in the other order (tail-to-tail, down-up). */
	public boolean reversed() {
		return this == TAIL_TO_TAIL || this == DOWN_UP;
	}
}
