package org.spintex.dsl.catalog;

import org.eclipse.emf.ecore.EObject;
import org.spintex.dsl.spintex.Coupling;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Region;

/**
 * The two sides of a coupling: two films of a stack (an interlayer coupling), or two regions of one film, where the film's
 * name stands for its cells in no region (a coupling of regions). One reading for the validator, the schema and the
 * compiler.
 */
public final class CouplingSides {

	private CouplingSides() {
	}

	/** True for a coupling of regions: either side is a region. */
	public static boolean ofRegions(Coupling coupling) {
		return coupling.getFirst() instanceof Region || coupling.getSecond() instanceof Region;
	}

	/** The film a side lies in: a region's film, or the film itself; null for anything else. */
	public static Film filmOf(EObject side) {
		return side instanceof Region region ? region.getFilm() : side instanceof Film film ? film : null;
	}

	/** The name of a side, a film or a region. */
	public static String name(EObject side) {
		return side instanceof Region region ? region.getName() : side instanceof Film film ? film.getName() : side.eClass().getName();
	}
}
