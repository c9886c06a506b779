package org.spintex.engine.winding.study;

import java.util.ArrayList;
import java.util.List;

import org.spintex.core.results.ResultSink;
import org.spintex.engine.winding.dynamics.Ledger;
import org.spintex.engine.winding.dynamics.SpinHydrodynamics;
import org.spintex.engine.winding.dynamics.WindingState;
import org.spintex.engine.winding.model.CyclePhase;
import org.spintex.engine.winding.model.EasyPlaneWire;

/**
 * The time series of a battery cycle, one row per output time, written as it is computed: the circuit, the
 * winding, the stored energy and the ledgers of energy and spin with their balances, which close to the
 * integration tolerance when the model conserves what it should.
 */
final class CycleTable {

	static final String NAME = "table";

	private final EasyPlaneWire wire;
	private final double landauLimit;
	private final ResultSink sink;
	private final List<String> columns = new ArrayList<>();
	private final List<double[]> rows = new ArrayList<>();
	private double gateWork;

	CycleTable(EasyPlaneWire wire, double landauLimit, ResultSink sink) {
		this.wire = wire;
		this.landauLimit = landauLimit;
		this.sink = sink;
		columns.addAll(List.of("t (s)", "phase ()", "I (A)", "V_smf (V)", "winding ()", "rho_mean (1/m)", "landau_ratio ()",
				"S_total (J*s)", "E_stored (J)"));
		for (Ledger entry : Ledger.values()) {
			columns.add(entry.column() + " (" + entry.unit() + ")");
		}
		columns.addAll(List.of("W_gate (J)", "energy_balance (J)", "spin_balance (J*s)"));
	}

	/** Adds the energy the gate put into the magnet when it switched. */
	void gateWork(double joule) {
		gateWork += joule;
	}

	double gateWork() {
		return gateWork;
	}

	void row(CyclePhase phase, SpinHydrodynamics equations, double t, double[] y) {
		WindingState state = new WindingState(wire, y);
		double stored = state.freeEnergy(wire.constants(phase.gateActing()));
		double rho = state.meanWindingDensity();
		double[] values = new double[columns.size()];
		int k = 0;
		values[k++] = t;
		values[k++] = phase.ordinal() + 1;
		values[k++] = equations.current(state);
		values[k++] = equations.spinMotiveForce(state);
		values[k++] = state.winding();
		values[k++] = rho;
		values[k++] = Math.abs(rho) / landauLimit;
		values[k++] = state.totalSpin();
		values[k++] = stored;
		for (Ledger entry : Ledger.values()) {
			values[k++] = state.ledger(entry);
		}
		values[k++] = gateWork;
		values[k++] = energyBalance(state, stored);
		values[k++] = state.totalSpin() - state.ledger(Ledger.SPIN_INJECTED) + state.ledger(Ledger.SPIN_RELAXED);
		rows.add(values);
		sink.row(NAME, columns, values);
	}

	/**
	 * The magnet's energy balance, work in minus what it became: W_circuit + W_gate − E_stored − Q_gilbert −
	 * Q_pumping. The wire starts at rest and unwound, with no energy. (The circuit's own balance, E_source =
	 * Q_joule + E_load + W_circuit, holds term by term.)
	 */
	double energyBalance(WindingState state, double stored) {
		return state.ledger(Ledger.CIRCUIT_WORK) + gateWork - stored - state.ledger(Ledger.GILBERT_LOSS)
				- state.ledger(Ledger.PUMPING_LOSS);
	}

	/** The index of the column {@code name} (without its unit) among {@code columns}. */
	private static int indexOf(List<String> columns, String name) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).startsWith(name + " (")) {
				return i;
			}
		}
		throw new IllegalArgumentException("no column " + name + " in " + columns);
	}

	/** One column of every row so far. */
	double[] column(String name) {
		int index = indexOf(columns, name);
		double[] values = new double[rows.size()];
		for (int r = 0; r < rows.size(); r++) {
			values[r] = rows.get(r)[index];
		}
		return values;
	}

	/** The last row's value of a column. */
	double last(String name) {
		double[] values = column(name);
		return values[values.length - 1];
	}
}
