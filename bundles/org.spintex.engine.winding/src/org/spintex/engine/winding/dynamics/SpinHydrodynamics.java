package org.spintex.engine.winding.dynamics;

import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.spintex.engine.winding.model.BatteryCircuit;
import org.spintex.engine.winding.model.CyclePhase;
import org.spintex.engine.winding.model.EasyPlaneWire;
import org.spintex.engine.winding.model.WireConstants;

/**
 * Seed 001's spin hydrodynamics on the chain of cells, in one phase of the cycle: the continuity equation (1) for
 * the spin S of each cell, with the superflow (2) on the bonds, the boundary spin currents (6) on the end cells and
 * Gilbert relaxation; the Josephson relation (5) for the angles; and the {@link Ledger} rates. The circuit current
 * follows the spin-motive force of the ends at every instant.
 */
public final class SpinHydrodynamics implements OrdinaryDifferentialEquation {

	private final EasyPlaneWire wire;
	private final BatteryCircuit circuit;
	private final CyclePhase phase;
	private final WireConstants constants;

	public SpinHydrodynamics(EasyPlaneWire wire, BatteryCircuit circuit, CyclePhase phase) {
		this.wire = wire;
		this.circuit = circuit;
		this.phase = phase;
		this.constants = wire.constants(phase.gateActing());
	}

	@Override
	public int getDimension() {
		return WindingState.dimension(wire);
	}

	/** The circuit current in this state, A. */
	public double current(WindingState state) {
		return circuit.current(phase, spinMotiveForce(state));
	}

	/** The EMF the magnet's ends exert on the circuit in this state, V. */
	public double spinMotiveForce(WindingState state) {
		return SpinMotiveForce.volts(circuit.west(), circuit.east(), state.precessionRate(0, constants),
				state.precessionRate(wire.cells() - 1, constants));
	}

	@Override
	public double[] computeDerivatives(double t, double[] y) {
		int n = wire.cells();
		double a = wire.cellLength();
		WindingState state = new WindingState(wire, y);
		double[] dy = new double[y.length];
		double[] rate = new double[n];
		double gilbertPower = 0, spinRelaxed = 0;
		for (int i = 0; i < n; i++) {
			rate[i] = state.precessionRate(i, constants);
			dy[i] = rate[i];
			double loss = GilbertRelaxation.spinLoss(constants.gilbert(i), a, rate[i]);
			dy[n + i] = -loss;
			spinRelaxed += loss;
			gilbertPower += GilbertRelaxation.dissipation(constants.gilbert(i), a, rate[i]);
		}
		for (int b = 0; b < wire.bonds(); b++) {
			double flow = SuperfluidSpinCurrent.current(constants.stiffness(b), state.twist(b), a);
			dy[n + b] -= flow;
			dy[n + wire.eastCell(b)] += flow;
		}
		double westRate = rate[0], eastRate = rate[n - 1];
		double emf = SpinMotiveForce.volts(circuit.west(), circuit.east(), westRate, eastRate);
		double current = circuit.current(phase, emf);
		double injected = SpinHallBoundaryTorque.injected(circuit.west(), current, westRate);
		double absorbed = SpinHallBoundaryTorque.absorbed(circuit.east(), current, eastRate);
		dy[n] += injected;
		dy[2 * n - 1] -= absorbed;

		int ledger = 2 * n;
		double wires = circuit.wireResistanceOhm() * current * current;
		dy[ledger + Ledger.SOURCE_WORK.ordinal()] = phase == CyclePhase.CHARGE ? wires + emf * current : 0;
		dy[ledger + Ledger.CIRCUIT_WORK.ordinal()] = emf * current;
		dy[ledger + Ledger.JOULE_HEAT.ordinal()] = wires;
		dy[ledger + Ledger.LOAD_WORK.ordinal()] = phase == CyclePhase.DISCHARGE ? circuit.loadResistanceOhm() * current * current : 0;
		dy[ledger + Ledger.GILBERT_LOSS.ordinal()] = gilbertPower;
		dy[ledger + Ledger.PUMPING_LOSS.ordinal()] = SpinHallBoundaryTorque.pumpingLoss(circuit.west(), westRate)
				+ SpinHallBoundaryTorque.pumpingLoss(circuit.east(), eastRate);
		dy[ledger + Ledger.SPIN_INJECTED.ordinal()] = injected - absorbed;
		dy[ledger + Ledger.SPIN_RELAXED.ordinal()] = spinRelaxed;
		return dy;
	}
}
