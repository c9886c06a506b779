package org.spintex.engine.winding.study;

import java.util.ArrayList;
import java.util.List;

import org.spintex.core.results.ProgressStage;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;
import org.spintex.engine.winding.dynamics.SpinHydrodynamics;
import org.spintex.engine.winding.dynamics.WindingState;
import org.spintex.engine.winding.model.CyclePhase;
import org.spintex.engine.winding.model.EasyPlaneWire;
import org.spintex.input.EngineContext;
import org.spintex.input.StudyEngine;
import org.spintex.input.WindingBatteryInput;

/**
 * A winding-battery study (seed 001): the easy-plane wire starts unwound and at rest, is charged by the spin Hall
 * torque of a current while the gate cuts the loop, stores its winding with the loop closed and the circuit open,
 * and discharges into the load through the spin-motive force with the gate cutting the loop again. Every output
 * time gives a row of the cycle table (energy and spin ledgers, circuit, winding); the end of each phase a profile.
 */
public final class WindingBatteryStudy implements StudyEngine<WindingBatteryInput> {

	@Override
	public Class<WindingBatteryInput> inputType() {
		return WindingBatteryInput.class;
	}

	/** The runner's entry: this study's run with what the context gives. */
	@Override
	public void run(WindingBatteryInput input, EngineContext context) {
		run(input, context.sink(), context.control());
	}


	public void run(WindingBatteryInput input, ResultSink sink, RunControl control) {
		BatteryModel model = BatteryModel.of(input);
		BatteryTheory theory = new BatteryTheory(input, model);
		theory.report(sink);
		if (theory.landauUnstable()) {
			sink.word("stability", "landau-unstable");
			sink.warning(String.format("the charging current %.4g A would load a winding density %.4g /m, beyond the Landau limit "
					+ "√(K/A_ex) = %.4g /m where the easy plane no longer holds the texture (seed 001); the cycle is not run. "
					+ "Currents below %.4g A stay within it.", input.chargingCurrentAmpere(), theory.steadyWindingDensity(),
					theory.landauLimit(), theory.criticalCurrent()));
			return;
		}
		sink.word("stability", "stable");
		EasyPlaneWire wire = model.wire();
		double windingScale = Math.max(Math.abs(theory.steadyWindingDensity()), 2 * Math.PI / (wire.cells() * wire.cellLength()));
		double cellCrossing = wire.cellLength() / theory.spinWaveSpeed();
		PhaseIntegrator integrator = new PhaseIntegrator(wire, theory, input.tolerance(), windingScale, cellCrossing);
		CycleTable table = new CycleTable(wire, theory.landauLimit(), sink);
		BatteryReport report = new BatteryReport(theory, wire, table, sink);

		double[] y = new double[WindingState.dimension(wire)];
		double t = 0;
		// the phases cost in proportion to the time they span (outputs at a fixed interval)
		List<ProgressStage> stages = new ArrayList<>();
		for (CyclePhase phase : CyclePhase.values()) {
			if (duration(input, phase) > 0) {
				stages.add(new ProgressStage(phase.label(), duration(input, phase)));
			}
		}
		control.plan(stages);
		CyclePhase previous = null;
		report.profile("start", t, new WindingState(wire, y), CyclePhase.CHARGE.gateActing());
		for (CyclePhase phase : CyclePhase.values()) {
			double duration = duration(input, phase);
			if (duration == 0) {
				continue;
			}
			if (previous != null && previous.gateActing() != phase.gateActing()) {
				// switching the gate changes the constants under it: the work the gate does on the magnet
				WindingState now = new WindingState(wire, y);
				table.gateWork(now.freeEnergy(wire.constants(phase.gateActing())) - now.freeEnergy(wire.constants(previous.gateActing())));
			}
			SpinHydrodynamics equations = new SpinHydrodynamics(wire, model.circuit(), phase);
			table.row(phase, equations, t, y);
			double end = t + duration;
			List<Double> snapshotTimes = snapshotTimes(t, duration, input.snapshots());
			int step = 0;
			while (t < end) {
				double next = Math.min(end, t + input.outputEverySecond());
				if (end - next < 1e-9 * input.outputEverySecond()) {
					next = end;
				}
				try {
					y = integrator.advance(equations, t, y, next);
				} catch (PhaseIntegrator.Failure failure) {
					report.profile("last-good", t, new WindingState(wire, y), phase.gateActing());
					report.finish();
					throw new IllegalStateException(phase.label() + ": " + failure.getMessage()
							+ "; the last good state is the profile 'last-good'");
				}
				t = next;
				table.row(phase, equations, t, y);
				while (!snapshotTimes.isEmpty() && snapshotTimes.get(0) <= t * (1 + 1e-12)) {
					snapshotTimes.remove(0);
					report.profile(phase.label() + "-" + (++step), t, new WindingState(wire, y), phase.gateActing());
				}
				control.progress(phase.label(), 1 - (end - t) / duration);
				if (control.cancelled()) {
					report.profile("cancelled", t, new WindingState(wire, y), phase.gateActing());
					report.finish();
					throw new RunCancelledException("the " + phase.label() + " phase");
				}
			}
			report.endOfPhase(phase, t, new WindingState(wire, y), equations);
			previous = phase;
		}
		report.finish();
	}

	/** {@code count} times evenly inside a phase, before its end (which always gets a profile). */
	private static double duration(WindingBatteryInput input, CyclePhase phase) {
		return switch (phase) {
		case CHARGE -> input.chargeTimeSecond();
		case STORE -> input.storeTimeSecond();
		case DISCHARGE -> input.dischargeTimeSecond();
		};
	}

	private static List<Double> snapshotTimes(double start, double duration, int count) {
		List<Double> times = new ArrayList<>();
		for (int k = 1; k <= count; k++) {
			times.add(start + duration * k / (count + 1));
		}
		return times;
	}
}
