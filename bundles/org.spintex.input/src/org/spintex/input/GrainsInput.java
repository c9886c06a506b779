package org.spintex.input;

import java.util.Comparator;
import java.util.List;

/**
 * The grains of a film: a Voronoi tessellation of its plane around seed points scattered uniformly at random (a
 * Poisson process with one point per {@code sizeMetre}² on average, so the mean grain area is size²), each grain with
 * the film's material scaled by 1 + s·g per property, g a standard normal number of that grain and s the property's
 * relative spread (values below 0 are set to 0). The cells of the film's named regions keep their region's material.
 *
 * @param seed the seed of the points and the spreads: the same seed gives the same grains on any number of threads
 * @param spreads the relative standard deviation of each property that varies
 * @param exchangeScale the factor on the exchange bonds between neighbouring grains (a weaker grain boundary when &lt; 1)
 */
public record GrainsInput(double sizeMetre, long seed, List<Spread> spreads, double exchangeScale) {

	/** The relative standard deviation of one property over the grains. */
	public record Spread(GrainProperty property, double relative) {
		public Spread {
			Checks.nonNegative(property.word() + " spread", relative);
		}
	}

	public GrainsInput {
		Checks.positive("grain size", sizeMetre);
		Checks.nonNegative("exchange scale", exchangeScale);
		// one order whatever the file's, so that the input's JSON and hash are the same
		spreads = spreads.stream().sorted(Comparator.comparing(Spread::property)).toList();
		if (spreads.stream().map(Spread::property).distinct().count() != spreads.size()) {
			throw new IllegalArgumentException("a property's grain spread is given twice");
		}
	}

	/** The relative spread of {@code property}, 0 if it does not vary. */
	public double spread(GrainProperty property) {
		return spreads.stream().filter(s -> s.property() == property).mapToDouble(Spread::relative).findFirst().orElse(0);
	}
}
