package org.spintex.engine.drag.statics;

import java.util.List;

import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * Isolated skyrmion in a chiral film within the hard-cutoff ansatz (seed 000, sec. III.C): the
 * energy E_sk(R) of eq. (29) by numerical integration of the functional, its minimum (radius R0 and
 * energy E0, eqs. (30)–(31)) and the collapse barrier E_sk(R → 0) − E0 (eq. (32)).
 */
public final class SkyrmionStatics {

	/** The terms of eq. (25)–(26). */
	private static final List<RadialEnergyTerm> TERMS = List.of(
			new RadialExchangeEnergy(), new RadialAnisotropyEnergy(), new RadialInterfacialDmiEnergy());

	private final ChiralFilm film;

	public SkyrmionStatics(ChiralFilm film) {
		this.film = film;
	}

	/** E_sk(R) in joule: the energy of a skyrmion of radius R above the uniform state. */
	public double energyJoule(double radiusMetre) {
		HardCutoffProfile profile = new HardCutoffProfile(radiusMetre);
		double sum = 0;
		for (RadialEnergyTerm term : TERMS) {
			sum += term.excessEnergyJoule(film, profile);
		}
		return sum;
	}

	/**
	 * The constant C of eq. (29): the exchange energy of the ansatz in units of 4πA (radius independent, so
	 * evaluated at R = λ_D).
	 */
	public double exchangeConstant() {
		return new RadialExchangeEnergy().excessEnergyJoule(film, new HardCutoffProfile(film.dmiLengthMetre())) / scaleEnergy();
	}

	/**
	 * The radius where n_z = 0 for the equilibrium skyrmion, R0/2 for this ansatz: the radius the micromagnetic
	 * engine reports for a relaxed skyrmion, so that the two can be compared.
	 */
	public double equilibriumCoreRadiusMetre() {
		return equilibriumRadiusMetre() / 2;
	}

	/** The radius R0 that minimises E_sk(R) (eq. (30) for this ansatz), found numerically. */
	public double equilibriumRadiusMetre() {
		// the minimum lies well inside (0, 50 λκ²/λD): E_sk is a parabola in R for this ansatz
		double scale = film.anisotropyLengthMetre() * film.anisotropyLengthMetre() / film.dmiLengthMetre();
		BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-12 * scale);
		UnivariatePointValuePair minimum = brent.optimize(new MaxEval(10_000),
				new UnivariateObjectiveFunction(r -> energyJoule(r) / scaleEnergy()), GoalType.MINIMIZE,
				new SearchInterval(1e-6 * scale, 50 * scale));
		return minimum.getPoint();
	}

	/** E0 = E_sk(R0) in joule (eq. (31)). */
	public double equilibriumEnergyJoule() {
		return energyJoule(equilibriumRadiusMetre());
	}

	/** E_b = E_sk(R → 0) − E0 in joule (eq. (32)): the barrier against collapse into a point defect. */
	public double collapseBarrierJoule() {
		// as R → 0 only the scale-invariant exchange energy 4πA·C remains
		return scaleEnergy() * exchangeConstant() - equilibriumEnergyJoule();
	}

	/** 4πA, the unit of eq. (29). */
	private double scaleEnergy() {
		return 4 * Math.PI * film.exchangeJoule();
	}
}
