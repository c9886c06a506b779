package org.spintex.dsl.migration;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.SpintexPackage.Literals;

/**
 * The version of the device language a file is written in. A file states it in its first line
 * ({@code spintex 3}); a file without that line was written before versions were stated and is
 * language 2. Older files are read as the current language in memory ({@link Migrations}) and
 * rewritten by {@code spintex migrate}.
 */
public final class LanguageVersion {

	/** The language this Spintex reads and writes: property names are identifiers, not keywords. */
	public static final int CURRENT = 3;

	/** The language of a file without a {@code spintex N} line. */
	public static final int UNVERSIONED = 2;

	/** The oldest language this Spintex reads. */
	public static final int OLDEST = 2;

	private LanguageVersion() {
	}

	/** The language {@code model} is written in. */
	public static int of(Model model) {
		return declared(model) ? model.getVersion() : UNVERSIONED;
	}

	/** Whether the file states its language ({@code spintex N}). */
	public static boolean declared(Model model) {
		return !NodeModelUtils.findNodesForFeature(model, Literals.MODEL__VERSION).isEmpty();
	}

	/** Whether a model in this language is read in memory as the current one. */
	public static boolean isOlder(Model model) {
		int version = of(model);
		return version >= OLDEST && version < CURRENT;
	}

	/** The line that opens a file of the current language. */
	public static String header() {
		return "spintex " + CURRENT;
	}
}
