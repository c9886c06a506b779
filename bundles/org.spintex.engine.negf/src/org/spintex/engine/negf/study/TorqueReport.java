package org.spintex.engine.negf.study;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.spintex.core.math.Vector3;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.Chart;
import org.spintex.core.results.Chart.Curve;
import org.spintex.core.results.Chart.Role;
import org.spintex.core.results.Chart.Scale;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.SweepChart;
import org.spintex.engine.negf.density.BoundStates;
import org.spintex.engine.negf.model.PrecessingChain;
import org.spintex.engine.negf.spin.SpinBlock;
import org.spintex.engine.negf.torque.BondSpinCurrents;
import org.spintex.engine.negf.torque.SiteTorque;
import org.spintex.engine.negf.torque.SpinMotiveForce;
import org.spintex.input.GeometricTorqueInput;

/**
 * Writes a geometric-torque solution in SI: the torque on every site per contribution with its
 * field-like and damping-like parts (torques.csv), the electrons' spin densities, the spin current on
 * every bond with the spin-motive-force estimate, the bound states, the totals (results.json) and the
 * charts of seed 004's Figs. 2–4. Torques and spin currents are energies (ħ × rate): γ times the
 * engine's values.
 */
final class TorqueReport {

	private static final List<Contribution> BOND_CONTRIBUTIONS = List.of(Contribution.GEOMETRIC, Contribution.FERMI_SEA,
			Contribution.FERMI_SURFACE, Contribution.NONEQUILIBRIUM, Contribution.EXACT);

	private final GeometricTorqueInput input;
	private final PrecessionFrame frame;
	private final GeometricTorqueStudy.Solution solution;
	private final ResultSink sink;
	private final PrecessingChain chain;
	private final double gamma;

	TorqueReport(GeometricTorqueInput input, PrecessionFrame frame, GeometricTorqueStudy.Solution solution, ResultSink sink) {
		this.input = input;
		this.frame = frame;
		this.solution = solution;
		this.sink = sink;
		this.chain = solution.chain();
		this.gamma = input.hoppingJoule();
	}

	void write() {
		if (!chain.unbiased()) {
			sink.warning("the reservoirs differ in chemical potential or temperature: seed 004's split into adiabatic, "
					+ "geometric, Fermi-sea and Fermi-surface parts assumes one Fermi distribution, so only the exact torque is reported");
		}
		int n = chain.sites();
		sink.scalar("hbar-omega", input.hbarOmegaJoule(), "J");
		Map<Contribution, SiteTorque[]> torques = torques();
		torqueTable(torques);
		spinDensityTable();
		torques.forEach((c, t) -> {
			double fieldLike = 0, dampingLike = 0, axial = 0;
			for (SiteTorque site : t) {
				fieldLike += site.fieldLike();
				dampingLike += site.dampingLike();
				axial += site.torque().z();
			}
			sink.scalar("total-field-like-" + c.label, gamma * fieldLike, "J");
			sink.scalar("total-damping-like-" + c.label, gamma * dampingLike, "J");
			sink.scalar("total-axial-" + c.label, gamma * axial, "J");
		});
		var exact = solution.exactCurrents();
		sink.scalar("pumped-spin-current-left", gamma * exact.spinLeft(), "J");
		sink.scalar("pumped-spin-current-right", gamma * exact.spinRight(), "J");
		sink.scalar("pumped-spin-current", gamma * exact.spinTotal(), "J");
		if (solution.linearCurrents() != null) {
			sink.scalar("pumped-spin-current-linear", gamma * solution.linearCurrents().spinTotal(), "J");
		}
		double rate = gamma / PhysicalConstants.HBAR;
		sink.scalar("particle-current-left", rate * exact.particlesLeft(), "1/s");
		sink.scalar("particle-current-right", rate * exact.particlesRight(), "1/s");
		double[] smfSites = SpinMotiveForce.siteTorques(momentsInFrame(), chain.hbarOmega(), input.smfConductance());
		double smfTotal = 0;
		for (double t : smfSites) {
			smfTotal += t;
		}
		sink.scalar("smf-axial-torque", gamma * smfTotal, "J");
		boundStates();
		bondCurrents(torques);
		if (n > 1) {
			profileCharts(torques);
		}
		sweepCharts();
	}

	private Vector3[] momentsInFrame() {
		Vector3[] m = new Vector3[chain.sites()];
		for (int i = 0; i < m.length; i++) {
			m[i] = chain.moment(i);
		}
		return m;
	}

	private Map<Contribution, SiteTorque[]> torques() {
		Map<Contribution, SiteTorque[]> torques = new EnumMap<>(Contribution.class);
		solution.densities().forEach((c, rho) -> {
			SiteTorque[] t = new SiteTorque[rho.length];
			for (int i = 0; i < rho.length; i++) {
				t[i] = SiteTorque.of(rho[i], chain.moment(i), chain.sdExchange(), chain.hbarOmega());
			}
			torques.put(c, t);
		});
		return torques;
	}

	private void torqueTable(Map<Contribution, SiteTorque[]> torques) {
		List<Object[]> rows = new ArrayList<>();
		double hw = chain.hbarOmega();
		for (int i = 0; i < chain.sites(); i++) {
			for (var entry : torques.entrySet()) {
				SiteTorque t = entry.getValue()[i];
				Vector3 lab = frame.toLab(t.torque()).times(gamma);
				rows.add(new Object[] { i + 1, entry.getKey().label, lab.x(), lab.y(), lab.z(), gamma * t.fieldLike(),
						gamma * t.dampingLike(), hw == 0 ? 0.0 : t.fieldLike() / hw, hw == 0 ? 0.0 : t.dampingLike() / hw });
			}
		}
		sink.labelledTable("torques", List.of("site ()", "contribution", "T_x (J)", "T_y (J)", "T_z (J)", "FL (J)", "DL (J)",
				"FL/hw ()", "DL/hw ()"), rows);
	}

	private void spinDensityTable() {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < chain.sites(); i++) {
			for (var entry : solution.densities().entrySet()) {
				SpinBlock rho = entry.getValue()[i];
				double[] s = rho.pauliComponentsRe();
				Vector3 lab = frame.toLab(new Vector3(s[0], s[1], s[2]));
				rows.add(new Object[] { i + 1, entry.getKey().label, rho.traceRe(), lab.x(), lab.y(), lab.z() });
			}
		}
		sink.labelledTable("spin-densities", List.of("site ()", "contribution", "n ()", "sigma_x ()", "sigma_y ()", "sigma_z ()"),
				rows);
	}

	private void boundStates() {
		List<BoundStates.BoundState> states = solution.boundStates();
		sink.scalar("bound-states", states.size(), "");
		List<double[]> rows = new ArrayList<>();
		for (BoundStates.BoundState state : states) {
			rows.add(new double[] { gamma * state.energy(), state.occupied() ? 1 : 0 });
		}
		sink.table("bound-states", List.of("energy (J)", "occupied ()"), rows);
		double thermal = Math.max(chain.reservoir(0).thermalEnergy(), chain.reservoir(1).thermalEnergy());
		if (thermal > 0 && !states.isEmpty()) {
			// a state a distance d from the Fermi level would hold f or 1 − f ≈ e^{−d/k_BT} in a thermal reservoir
			double nearest = states.stream().mapToDouble(b -> Math.abs(b.energy() - chain.lowestFermiLevel())).min().orElseThrow();
			sink.warning(String.format(java.util.Locale.ROOT, "%d bound states lie outside the leads' bands; nothing couples them "
					+ "to a reservoir, so they are filled at zero temperature below the lowest Fermi level (the nearest is "
					+ "%.3g k_BT from it: a thermal filling would differ by %.1e)", states.size(), nearest / thermal,
					Math.exp(-nearest / thermal)));
		}
	}

	/** Axial spin currents on the bonds L→1 … N→R, from the torques and the lead currents of each contribution. */
	private void bondCurrents(Map<Contribution, SiteTorque[]> torques) {
		int n = chain.sites();
		List<String> columns = new ArrayList<>(List.of("bond ()"));
		List<double[]> currents = new ArrayList<>();
		for (Contribution c : BOND_CONTRIBUTIONS) {
			SiteTorque[] t = torques.get(c);
			if (t == null) {
				continue;
			}
			double[] axial = new double[n];
			for (int i = 0; i < n; i++) {
				axial[i] = t[i].torque().z();
			}
			double left = switch (c) {
			case FERMI_SURFACE -> solution.linearCurrents().spinLeft();
			case NONEQUILIBRIUM, EXACT -> solution.exactCurrents().spinLeft();
			default -> 0; // the geometric and Fermi-sea parts pump nothing into the leads (seed 004 Fig. 4)
			};
			columns.add("I_" + c.label + " (J)");
			currents.add(BondSpinCurrents.fromTorques(axial, left));
		}
		double[] smf = new double[n + 1];
		double[] inner = SpinMotiveForce.bondCurrents(momentsInFrame(), chain.hbarOmega(), input.smfConductance());
		System.arraycopy(inner, 0, smf, 1, inner.length);
		columns.add("I_smf (J)");
		currents.add(smf);
		List<double[]> rows = new ArrayList<>();
		for (int b = 0; b <= n; b++) {
			double[] row = new double[currents.size() + 1];
			row[0] = b + 0.5;
			for (int k = 0; k < currents.size(); k++) {
				row[k + 1] = gamma * currents.get(k)[b];
			}
			rows.add(row);
		}
		sink.table("bond-spin-currents", columns, rows);
		if (n > 1 && chain.hbarOmega() != 0) {
			List<Curve> curves = new ArrayList<>();
			double[] x = rows.stream().mapToDouble(r -> r[0]).toArray();
			for (int k = 0; k < currents.size(); k++) {
				String label = columns.get(k + 1).replace("I_", "").replace(" (J)", "");
				if (label.equals("exact")) {
					continue; // with the equilibrium spin currents of a noncollinear texture, on another scale
				}
				double[] y = currents.get(k).clone();
				for (int b = 0; b < y.length; b++) {
					y[b] /= chain.hbarOmega();
				}
				Role role = label.equals("smf") ? Role.REFERENCE : label.equals("nonequilibrium") ? Role.SAMPLES : Role.PROFILE;
				curves.add(new Curve(label.equals("smf") ? "spin-motive force (g0 = " + input.smfConductance() + ")" : label, x, y, role));
			}
			sink.chart(new Chart("bond-spin-currents", "Spin current along the wire (seed 004 Fig. 4b, c)", "bond (0.5 = left lead → site 1)",
					"axial spin current / ħω", Scale.LINEAR, Scale.LINEAR, curves));
		}
	}

	private void profileCharts(Map<Contribution, SiteTorque[]> torques) {
		if (chain.hbarOmega() == 0) {
			return;
		}
		double[] sites = new double[chain.sites()];
		for (int i = 0; i < sites.length; i++) {
			sites[i] = i + 1;
		}
		for (boolean fieldLike : new boolean[] { true, false }) {
			List<Curve> curves = new ArrayList<>();
			for (Contribution c : List.of(Contribution.GEOMETRIC, Contribution.FERMI_SEA, Contribution.FERMI_SURFACE,
					Contribution.NONEQUILIBRIUM)) {
				SiteTorque[] t = torques.get(c);
				if (t == null) {
					continue;
				}
				double[] y = new double[t.length];
				for (int i = 0; i < t.length; i++) {
					y[i] = (fieldLike ? t[i].fieldLike() : t[i].dampingLike()) / chain.hbarOmega();
				}
				curves.add(new Curve(c.label, sites, y, c == Contribution.NONEQUILIBRIUM ? Role.SAMPLES : Role.PROFILE));
			}
			String kind = fieldLike ? "field-like" : "damping-like";
			sink.chart(new Chart("torque-" + kind, "The " + kind + " torque on each moment (seed 004 Fig. 3)", "site",
					kind + " torque / ħω", Scale.LINEAR, Scale.LINEAR, curves));
		}
	}

	private void sweepCharts() {
		if (!chain.unbiased()) {
			return;
		}
		for (String kind : List.of("field-like", "damping-like")) {
			sink.sweepChart(new SweepChart(kind, "Total " + kind + " torque (seed 004 Fig. 2)", kind + " torque / ħω", "hbar-omega",
					Scale.LINEAR, List.of(new SweepChart.Curve("total-" + kind + "-geometric", "geometric", Role.PROFILE),
							new SweepChart.Curve("total-" + kind + "-fermi-sea", "Fermi sea", Role.PROFILE),
							new SweepChart.Curve("total-" + kind + "-fermi-surface", "Fermi surface", Role.PROFILE),
							new SweepChart.Curve("total-" + kind + "-first-order", "sum", Role.CHECK))));
		}
		sink.sweepChart(new SweepChart("spin-pumping", "Axial torque and pumped spin current (seed 004 Fig. 4a)",
				"torque or spin current / ħω", "hbar-omega", Scale.LINEAR,
				List.of(new SweepChart.Curve("total-axial-fermi-surface", "Σ T_z Fermi surface", Role.RESULT),
						new SweepChart.Curve("total-axial-geometric", "Σ T_z geometric", Role.RESULT),
						new SweepChart.Curve("pumped-spin-current", "pumped spin current (exact)", Role.SAMPLES),
						new SweepChart.Curve("smf-axial-torque", "spin-motive force (g0 = " + input.smfConductance() + ")", Role.REFERENCE))));
	}
}
