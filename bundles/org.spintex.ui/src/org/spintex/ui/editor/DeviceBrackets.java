package org.spintex.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Matches the braces of blocks, the brackets of vectors and lists and the parentheses of sweeps. */
public final class DeviceBrackets extends DefaultCharacterPairMatcher {

	public DeviceBrackets() {
		super(new char[] { '{', '}', '[', ']', '(', ')' }, DevicePartitions.PARTITIONING, true);
	}
}
