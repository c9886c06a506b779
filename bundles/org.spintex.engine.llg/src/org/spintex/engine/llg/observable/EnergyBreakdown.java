package org.spintex.engine.llg.observable;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.term.FieldTerm;
import org.spintex.engine.llg.term.ThermalField;

/** The energy of every conservative field term and their total, in joule, in registration order. */
public final class EnergyBreakdown {

	private EnergyBreakdown() {
	}

	/** Term name → energy, plus "total"; the thermal field has no energy and is left out. */
	public static Map<String, Double> of(LlgEquation equation, VectorField m, double timeSecond) {
		Map<String, Double> energies = new LinkedHashMap<>();
		VectorField own = new VectorField(m.mesh());
		double total = 0;
		for (FieldTerm term : equation.fieldTerms()) {
			if (term instanceof ThermalField) {
				continue;
			}
			own.clear();
			term.addField(timeSecond, m, own);
			double e = term.energyJoule(m, own);
			energies.merge(term.name(), e, Double::sum);
			total += e;
		}
		energies.put("total", total);
		return energies;
	}

	/**
	 * The energy of each film's own terms of a stack (its exchange, DMI, anisotropy), keyed {@code <term>_<film>} in
	 * registration order; empty for a single film. The whole stack's terms (demag, Zeeman, the couplings between films)
	 * are in {@link #of} only.
	 */
	public static Map<String, Double> byFilm(LlgEquation equation, VectorField m, double timeSecond) {
		Map<String, Double> energies = new LinkedHashMap<>();
		VectorField own = new VectorField(m.mesh());
		for (FieldTerm term : equation.fieldTerms()) {
			if (term.film().isPresent()) {
				own.clear();
				term.addField(timeSecond, m, own);
				energies.merge(term.name() + "_" + term.film().get(), term.energyJoule(m, own), Double::sum);
			}
		}
		return energies;
	}
}
