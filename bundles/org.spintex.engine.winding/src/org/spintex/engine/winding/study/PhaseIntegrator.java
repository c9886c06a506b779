package org.spintex.engine.winding.study;

import java.util.Arrays;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.spintex.engine.winding.dynamics.Ledger;
import org.spintex.engine.winding.dynamics.SpinHydrodynamics;
import org.spintex.engine.winding.dynamics.WindingState;
import org.spintex.engine.winding.model.EasyPlaneWire;

/**
 * Advances the wire through one phase with adaptive Dormand–Prince 5(4) steps (Hipparchus), the tolerance of
 * each component scaled by what it measures: angles by the twist of a bond at the steady winding, spins by the
 * spin a cell holds when it precesses at u ρ, energies by eq. (8). A NaN or a collapsing step stops the cycle
 * with the last good state kept by the caller.
 */
final class PhaseIntegrator {

	/** Thrown when the integration cannot go on; the message says when and why. */
	static final class Failure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Failure(String message) {
			super(message);
		}
	}

	private final double[] absolute;
	private final double[] relative;
	private final double minStep;

	/**
	 * @param windingScale a winding density the run is expected to reach, 1/m
	 * @param timeScale the time a spin wave needs to cross one cell, s
	 */
	PhaseIntegrator(EasyPlaneWire wire, BatteryTheory theory, double tolerance, double windingScale, double timeScale) {
		int n = wire.cells();
		double a = wire.cellLength();
		double twist = windingScale * a;
		double spin = theory.susceptibility() * a * theory.spinWaveSpeed() * windingScale;
		double energy = theory.stiffness() * windingScale * windingScale * wire.cells() * a / 2;
		absolute = new double[WindingState.dimension(wire)];
		Arrays.fill(absolute, 0, n, tolerance * twist);
		Arrays.fill(absolute, n, 2 * n, tolerance * spin);
		for (Ledger entry : Ledger.values()) {
			absolute[2 * n + entry.ordinal()] = tolerance * (entry.unit().equals("J") ? energy : spin * n);
		}
		relative = new double[absolute.length];
		Arrays.fill(relative, tolerance);
		minStep = 1e-9 * timeScale;
	}

	/** The state at {@code to}, from {@code state} at {@code from}. */
	double[] advance(SpinHydrodynamics equations, double from, double[] state, double to) {
		if (to <= from) {
			return state;
		}
		DormandPrince54Integrator integrator = new DormandPrince54Integrator(minStep, to - from, absolute, relative);
		try {
			ODEStateAndDerivative end = integrator.integrate(equations, new ODEState(from, state), to);
			double[] y = end.getPrimaryState();
			for (double v : y) {
				if (!Double.isFinite(v)) {
					throw new Failure(String.format("numerical blow-up between t = %.6g s and %.6g s (a NaN in the texture)", from, to));
				}
			}
			return y;
		} catch (MathIllegalStateException | MathIllegalArgumentException e) {
			throw new Failure(String.format("the time step collapsed between t = %.6g s and %.6g s: %s", from, to, e.getMessage()));
		}
	}
}
