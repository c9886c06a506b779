package org.spintex.engine.negf.study;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.spintex.core.math.GaussKronrod;
import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.ProgressStage;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;
import org.spintex.engine.negf.density.BoundStates;
import org.spintex.engine.negf.density.DensityMatrixParts;
import org.spintex.engine.negf.density.RotatingFrameSolver;
import org.spintex.engine.negf.lead.LeadSelfEnergy;
import org.spintex.engine.negf.lead.TightBindingLead;
import org.spintex.engine.negf.lead.WideBandLead;
import org.spintex.engine.negf.model.PrecessingChain;
import org.spintex.engine.negf.model.Reservoir;
import org.spintex.engine.negf.model.WireMoments;
import org.spintex.engine.negf.spin.SpinBlock;
import org.spintex.engine.negf.torque.LeadSpinCurrents;
import org.spintex.input.EngineContext;
import org.spintex.input.GeometricTorqueInput;
import org.spintex.input.LeadModel;
import org.spintex.input.ReservoirInput;
import org.spintex.input.StudyEngine;

/**
 * A geometric-torque study (seed 004): the electrons of the wire under the precessing texture, their
 * density matrix exactly and split into eqs. (3a)–(3d), the torques on the moments, the spin pumped into
 * the leads and the bound states. The engine computes in units of the hopping γ (ħ = 1) and reports in SI.
 */
public final class GeometricTorqueStudy implements StudyEngine<GeometricTorqueInput> {

	@Override
	public Class<GeometricTorqueInput> inputType() {
		return GeometricTorqueInput.class;
	}

	/** The runner's entry: this study's run with what the context gives. */
	@Override
	public void run(GeometricTorqueInput input, EngineContext context) {
		run(input, context.sink(), context.control(), context.threads());
	}


	/** Absolute tolerance of the energy integrals, in units of γ: far below any torque the study reports. */
	private static final double ABSOLUTE_TOLERANCE = 1e-15;
	private static final int MAX_INTERVALS = 50_000;

	/** What the solver gives for one point, in units of γ and in the precession frame. */
	record Solution(PrecessingChain chain, Map<Contribution, SpinBlock[]> densities, LeadSpinCurrents.Currents exactCurrents,
			LeadSpinCurrents.Currents linearCurrents, List<BoundStates.BoundState> boundStates) {
	}

	public void run(GeometricTorqueInput input, ResultSink sink, RunControl control, int threads) {
		try (CellLoops loops = new CellLoops(threads)) {
			GaussKronrod quadrature = new GaussKronrod(ABSOLUTE_TOLERANCE, input.tolerance(), MAX_INTERVALS, loops);
			PrecessionFrame frame = PrecessionFrame.about(input.precessionAxis());
			PrecessingChain chain = chain(input, frame);
			Solution solution = solve(chain, quadrature, control);
			new TorqueReport(input, frame, solution, sink).write();
		}
	}

	/** Seed 004 eq. (2) in units of γ, with the moments in the precession frame. */
	static PrecessingChain chain(GeometricTorqueInput input, PrecessionFrame frame) {
		double gamma = input.hoppingJoule();
		double coupling = input.leadCouplingJoule() / gamma;
		LeadSelfEnergy lead = input.leads() == LeadModel.WIDE_BAND ? new WideBandLead(2 * coupling * coupling)
				: new TightBindingLead(1, coupling);
		Vector3[] moments = WireMoments.sample(input.moments(), input.sites(), input.precessionAxis(), input.coneAngleRadian())
				.stream().map(frame::toFrame).toArray(Vector3[]::new);
		return new PrecessingChain(1, input.sdExchangeJoule() / gamma, moments, input.hbarOmegaJoule() / gamma,
				reservoir(input.left(), gamma), reservoir(input.right(), gamma), lead, lead);
	}

	private static Reservoir reservoir(ReservoirInput reservoir, double gamma) {
		return new Reservoir(reservoir.chemicalPotentialJoule() / gamma,
				PhysicalConstants.BOLTZMANN * reservoir.temperatureKelvin() / gamma);
	}

	static Solution solve(PrecessingChain chain, GaussKronrod quadrature, RunControl control) {
		RotatingFrameSolver solver = new RotatingFrameSolver(chain, quadrature);
		Map<Contribution, SpinBlock[]> densities = new EnumMap<>(Contribution.class);
		LeadSpinCurrents.Currents linear = null;
		// expected costs in energy quadratures over the band: five density-matrix parts (one when biased),
		// the exact lead currents one more, the bound states a single eigenproblem
		control.plan(List.of(new ProgressStage("density matrix", chain.unbiased() ? 5 : 1),
				new ProgressStage("lead currents", 1), new ProgressStage("bound states", 0.1)));
		control.progress("density matrix", 0);
		if (chain.unbiased()) {
			DensityMatrixParts parts = solver.parts();
			densities.put(Contribution.ADIABATIC, parts.adiabatic());
			densities.put(Contribution.GEOMETRIC, parts.geometric());
			densities.put(Contribution.FERMI_SEA, parts.fermiSea());
			densities.put(Contribution.FERMI_SURFACE, parts.fermiSurface());
			densities.put(Contribution.FIRST_ORDER, sum(parts.geometric(), parts.fermiSea(), parts.fermiSurface()));
			densities.put(Contribution.EXACT, parts.exact());
			densities.put(Contribution.NONEQUILIBRIUM, difference(parts.exact(), parts.adiabatic()));
			linear = LeadSpinCurrents.linear(solver);
		} else {
			densities.put(Contribution.EXACT, solver.exact());
		}
		checkCancelled(control);
		control.progress("lead currents", 0);
		LeadSpinCurrents.Currents exact = LeadSpinCurrents.exact(solver, quadrature);
		checkCancelled(control);
		control.progress("bound states", 0);
		List<BoundStates.BoundState> bound = BoundStates.of(chain, true);
		control.progress("bound states", 1);
		return new Solution(chain, densities, exact, linear, bound);
	}

	private static void checkCancelled(RunControl control) {
		if (control.cancelled()) {
			throw new RunCancelledException("the geometric-torque study");
		}
	}

	private static SpinBlock[] sum(SpinBlock[]... parts) {
		SpinBlock[] total = parts[0].clone();
		for (int p = 1; p < parts.length; p++) {
			for (int i = 0; i < total.length; i++) {
				total[i] = total[i].plus(parts[p][i]);
			}
		}
		return total;
	}

	private static SpinBlock[] difference(SpinBlock[] a, SpinBlock[] b) {
		SpinBlock[] d = new SpinBlock[a.length];
		for (int i = 0; i < a.length; i++) {
			d[i] = a[i].minus(b[i]);
		}
		return d;
	}
}
