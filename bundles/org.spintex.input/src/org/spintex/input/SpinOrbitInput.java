package org.spintex.input;

import java.util.OptionalDouble;

/**
 * Seed 003's semiclassical magnetization dynamics of a film as one macrospin, at one sweep point: the film as a single
 * cell (its material, anisotropies, field, and the spin-orbit torques of its spin Hall contacts, eqs. (2.1), (2.2)),
 * coupled to the topological-insulator electrons of {@code interfaceModel}.
 *
 * @param macrospin the film as a single cell, with its initial direction, field and currents
 * @param interfaceModel none; ti-surface, the Dirac surface of a 3D topological insulator under the film (eqs. (2.30)–(2.37));
 *        ti-edge, the helical edge of a 2D topological insulator along a 1D ferromagnet (eqs. (2.38)–(2.42))
 * @param exchangeRatio α = Jma/ħv, the exchange energy over the electrons' kinetic scale
 * @param latticeConstantMetre a, needed by an interface (none: empty)
 * @param electricFieldVoltPerMetre E along x, the film's long direction
 * @param portraitPoints starting points of the phase portrait along the polar angle (twice as many in azimuth); 0: none
 * @param portraitAxis the polar axis of the portrait: z, or y (the axis of the edge model, eq. (2.39))
 * @param gyromagneticCorrection γ/γ_E, the electric field's change of the Berry curvature (eq. (2.28))
 * @param dampingCorrection α_E = γη_E, the electric field's change of the damping (eq. (2.29))
 */
public record SpinOrbitInput(String device, String study, MicromagneticInput macrospin, InterfaceModel interfaceModel,
		double exchangeRatio, OptionalDouble latticeConstantMetre, double electricFieldVoltPerMetre, double durationSeconds,
		double outputEverySecond, double tolerance, int portraitPoints, Axis portraitAxis, double gyromagneticCorrection,
		double dampingCorrection) implements StudyInput {

	public static final InterfaceModel DEFAULT_INTERFACE = InterfaceModel.NONE;
	public static final Axis DEFAULT_PORTRAIT_AXIS = Axis.Z;

	public SpinOrbitInput {
		if (interfaceModel == null || portraitAxis == null) {
			throw new IllegalArgumentException("a macrospin study needs its interface and its portrait's axis");
		}
		Checks.finite("exchange ratio", exchangeRatio);
		if (interfaceModel != InterfaceModel.NONE) {
			Checks.positive("lattice constant", latticeConstantMetre.orElseThrow(
					() -> new IllegalArgumentException("the " + interfaceModel.word() + " interface needs its lattice constant a")));
		}
		Checks.finite("electric field", electricFieldVoltPerMetre);
		Checks.positive("duration", durationSeconds);
		Checks.positive("output interval", outputEverySecond);
		Checks.positive("tolerance", tolerance);
		Checks.nonNegative("portrait points", portraitPoints);
		Checks.finite("gyromagnetic correction", gyromagneticCorrection);
		Checks.finite("damping correction", dampingCorrection);
		if (portraitAxis == Axis.X) {
			throw new IllegalArgumentException("the portrait's axis is z or y, not x");
		}
	}

	@Override
	public String engine() {
		return "macrospin";
	}
}
