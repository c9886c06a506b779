package org.spintex.engine.winding.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.Chart;
import org.spintex.core.results.ResultSink;
import org.spintex.engine.winding.dynamics.Ledger;
import org.spintex.engine.winding.dynamics.SpinHydrodynamics;
import org.spintex.engine.winding.dynamics.WindingState;
import org.spintex.engine.winding.model.CyclePhase;
import org.spintex.engine.winding.model.EasyPlaneWire;

/**
 * What a battery cycle reports besides its table: profiles of the wire, the state at the end of each phase next
 * to seed 001's closed forms, the efficiencies, and the charts.
 */
final class BatteryReport {

	private static final String PROFILES = "profiles";
	private static final List<String> PROFILE_COLUMNS = List.of("snapshot", "t (s)", "x (m)", "phi (rad)", "rho (1/m)",
			"rho_s (J*s/m)");

	private final BatteryTheory theory;
	private final EasyPlaneWire wire;
	private final CycleTable table;
	private final ResultSink sink;
	private final List<Object[]> profileRows = new ArrayList<>();
	private final Map<String, double[]> windingProfiles = new LinkedHashMap<>();
	private double chargedEnergy = Double.NaN;
	private double storedEnergy = Double.NaN;

	BatteryReport(BatteryTheory theory, EasyPlaneWire wire, CycleTable table, ResultSink sink) {
		this.theory = theory;
		this.wire = wire;
		this.table = table;
		this.sink = sink;
	}

	/** The wire at time t, cell by cell; the table is rewritten whole, so that a killed run keeps every profile. */
	void profile(String name, double t, WindingState state, boolean gateActing) {
		double a = wire.cellLength();
		double[] rho = new double[wire.cells()];
		for (int i = 0; i < wire.cells(); i++) {
			rho[i] = state.windingDensity(i, gateActing);
			profileRows.add(new Object[] { name, t, (i + 0.5) * a, state.phi(i), rho[i], state.spin(i) / a });
		}
		windingProfiles.put(name, rho);
		sink.labelledTable(PROFILES, PROFILE_COLUMNS, profileRows);
	}

	void endOfPhase(CyclePhase phase, double t, WindingState state, SpinHydrodynamics equations) {
		double energy = state.freeEnergy(wire.constants(phase.gateActing()));
		switch (phase) {
		case CHARGE -> {
			profile("charged", t, state, phase.gateActing());
			chargedEnergy = energy;
			double joule = state.ledger(Ledger.JOULE_HEAT);
			double onMagnet = state.ledger(Ledger.CIRCUIT_WORK);
			sink.scalar("charged-energy", energy, "J");
			sink.scalar("charged-winding-density", state.meanWindingDensity(), "1/m");
			sink.scalar("charged-turns", state.meanWindingDensity() * wire.woundLength() / (2 * Math.PI), "");
			sink.scalar("charge-efficiency", energy / joule, "");
			sink.scalar("charge-magnetic-efficiency", energy / onMagnet, "");
			sink.scalar("charge-joule-heat", joule, "J");
		}
		case STORE -> {
			profile("stored", t, state, phase.gateActing());
			storedEnergy = energy;
			sink.scalar("stored-energy", energy, "J");
			sink.scalar("storage-retention", energy / chargedEnergy, "");
			if (wire.loop()) {
				long turns = Math.round(state.winding());
				double loopLength = wire.cells() * wire.cellLength();
				sink.scalar("stored-winding-number", turns, "");
				// a relaxed loop winds uniformly: A (2πW)² / 2L over its whole length
				sink.scalar("theory-loop-energy", theory.stiffness() * Math.pow(2 * Math.PI * turns, 2) / (2 * loopLength), "J");
				sink.scalar("stored-energy-density", theory.energyDensity(2 * Math.PI * turns / loopLength), "J/m^3");
			}
		}
		case DISCHARGE -> {
			profile("discharged", t, state, phase.gateActing());
			double before = Double.isNaN(storedEnergy) ? chargedEnergy : storedEnergy;
			double delivered = state.ledger(Ledger.LOAD_WORK);
			sink.scalar("delivered-energy", delivered, "J");
			sink.scalar("discharge-efficiency", delivered / before, "");
			sink.scalar("remaining-energy", energy, "J");
			if (state.ledger(Ledger.SOURCE_WORK) > 0) {
				sink.scalar("round-trip-efficiency", delivered / state.ledger(Ledger.SOURCE_WORK), "");
			}
		}
		}
	}

	/** The cycle's totals and balances, and the charts. */
	void finish() {
		for (Ledger entry : Ledger.values()) {
			sink.scalar(entry.column(), table.last(entry.column()), entry.unit());
		}
		sink.scalar("W_gate", table.gateWork(), "J");
		sink.scalar("energy-balance", table.last("energy_balance"), "J");
		sink.scalar("spin-balance", table.last("spin_balance"), "J*s");
		charts();
	}

	private void charts() {
		double[] t = scale(table.column("t"), 1e9);
		double eV = PhysicalConstants.ELEMENTARY_CHARGE;
		double[] losses = add(table.column(Ledger.GILBERT_LOSS.column()), table.column(Ledger.PUMPING_LOSS.column()));
		sink.chart(new Chart("energy-ledger", "Energy of the battery cycle (seed 001 eqs. (3), (8))", "t (ns)", "energy (eV)",
				Chart.Scale.LINEAR, Chart.Scale.LINEAR,
				List.of(new Chart.Curve("stored, eq. (3)", t, scale(table.column("E_stored"), 1 / eV), Chart.Role.RESULT),
						new Chart.Curve("Gilbert damping + spin pumping", t, scale(losses, 1 / eV), Chart.Role.RESULT),
						new Chart.Curve("delivered to the load", t, scale(table.column(Ledger.LOAD_WORK.column()), 1 / eV), Chart.Role.RESULT),
						new Chart.Curve("eq. (8)", new double[] { t[0], t[t.length - 1] },
								new double[] { theory.storedEnergy() / eV, theory.storedEnergy() / eV }, Chart.Role.REFERENCE))));
		double[] turns = scale(table.column("rho_mean"), wire.woundLength() / (2 * Math.PI));
		List<Chart.Curve> winding = new ArrayList<>();
		winding.add(new Chart.Curve("twist between the contacts", t, turns, Chart.Role.RESULT));
		if (wire.loop()) {
			winding.add(new Chart.Curve("winding number of the loop", t, table.column("winding"), Chart.Role.RESULT));
		}
		sink.chart(new Chart("winding", "Winding loaded, stored and released (turns)", "t (ns)", "turns", Chart.Scale.LINEAR,
				Chart.Scale.LINEAR, winding));
		double[] x = new double[wire.cells()];
		for (int i = 0; i < x.length; i++) {
			x[i] = (i + 0.5) * wire.cellLength() * 1e6;
		}
		List<Chart.Curve> profiles = new ArrayList<>();
		for (String name : List.of("charged", "stored", "discharged")) {
			if (windingProfiles.containsKey(name)) {
				profiles.add(new Chart.Curve(name, x, scale(windingProfiles.get(name), 1e-6), Chart.Role.RESULT));
			}
		}
		double rho7 = theory.steadyWindingDensity() * 1e-6;
		profiles.add(new Chart.Curve("eq. (7)", new double[] { x[0], x[x.length - 1] }, new double[] { rho7, rho7 }, Chart.Role.REFERENCE));
		sink.chart(new Chart("winding-profiles", "Winding density ρ = −∂ₓφ along the wire (seed 001 eq. (7))", "x (µm)", "ρ (1/µm)",
				Chart.Scale.LINEAR, Chart.Scale.LINEAR, profiles));
	}

	private static double[] scale(double[] values, double factor) {
		double[] scaled = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			scaled[i] = values[i] * factor;
		}
		return scaled;
	}

	private static double[] add(double[] a, double[] b) {
		double[] sum = new double[a.length];
		for (int i = 0; i < a.length; i++) {
			sum[i] = a[i] + b[i];
		}
		return sum;
	}
}
