package org.spintex.engine.winding.study;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.ResultSink;
import org.spintex.engine.winding.model.BatteryCircuit;
import org.spintex.engine.winding.model.EasyPlaneMagnet;
import org.spintex.engine.winding.model.SpinHallContact;
import org.spintex.input.SpinHallContactInput;
import org.spintex.input.WindingBatteryInput;

/**
 * The closed forms of seed 001 for a battery: the steady winding (7), its energy (8), the charging time L√(χ/A),
 * the efficiency (9) and its estimate (10), the energy density (11) and the Landau limit — what the simulated
 * cycle is compared with. Quasi-1D constants as in eq. (3): A = 2A_ex S_m, χ and s times S_m.
 */
final class BatteryTheory {

	private final WindingBatteryInput input;
	private final BatteryCircuit circuit;
	private final double stiffness;
	private final double susceptibility;
	private final double spinDensity;
	private final double woundLength;

	BatteryTheory(WindingBatteryInput input, BatteryModel model) {
		this.input = input;
		this.circuit = model.circuit();
		EasyPlaneMagnet m = EasyPlaneMagnet.of(input.magnet());
		this.stiffness = 2 * m.exchangeJPerM() * input.crossSectionM2();
		this.susceptibility = m.spinSusceptibilityJs2PerM3() * input.crossSectionM2();
		this.spinDensity = m.spinDensityJsPerM3() * input.crossSectionM2();
		this.woundLength = model.wire().woundLength();
	}

	/** A of eq. (3), J·m. */
	double stiffness() {
		return stiffness;
	}

	/** χ of eq. (3), J·s²/m. */
	double susceptibility() {
		return susceptibility;
	}

	/** The length the winding spreads over between the contacts, m. */
	double woundLength() {
		return woundLength;
	}

	/** ϑ of the west contact, which injects the winding. */
	double torquePerCurrent() {
		return circuit.west().torquePerCurrent();
	}

	/** Eq. (7): ρ = (ϑ/A) I, 1/m. */
	double steadyWindingDensity() {
		return torquePerCurrent() * input.chargingCurrentAmpere() / stiffness;
	}

	/** Eq. (8): E = (ϑI)² L / 2A, J. */
	double storedEnergy() {
		double rho = steadyWindingDensity();
		return stiffness * rho * rho * woundLength / 2;
	}

	/** The spin-wave speed u = √(A/χ) of eqs. (1) and (5), m/s. */
	double spinWaveSpeed() {
		return Math.sqrt(stiffness / susceptibility);
	}

	/** √(Aχ), the wave impedance of the wire: the spin current per precession rate of a running wave, J·s. */
	double impedance() {
		return Math.sqrt(stiffness * susceptibility);
	}

	/** τ_α = χ/αs of eq. (1); infinite without damping. */
	double relaxationTime() {
		return susceptibility / (input.magnet().alpha() * spinDensity);
	}

	/** √(K/A_ex): the winding density beyond which the easy plane no longer holds the texture, 1/m. */
	double landauLimit() {
		EasyPlaneMagnet m = EasyPlaneMagnet.of(input.magnet());
		return Math.sqrt(m.easyPlaneAnisotropyJPerM3() / m.exchangeJPerM());
	}

	/** The charging current whose steady winding (7) reaches the Landau limit, A. */
	double criticalCurrent() {
		return stiffness * landauLimit() / Math.abs(torquePerCurrent());
	}

	boolean landauUnstable() {
		return Math.abs(steadyWindingDensity()) > landauLimit();
	}

	/** Eq. (9): η ~ ϑ²/(R√(Aχ)), with R the wires' resistance. */
	double efficiencyEq9() {
		double theta = torquePerCurrent();
		return theta * theta / (circuit.wireResistanceOhm() * impedance());
	}

	/**
	 * Eq. (10)'s first form, N (a²/S_m)(S_c/S_w)² tan²θ_SH, with R⁻¹ = N e²/h and the antiferromagnet's
	 * √(Aχ) ~ ħS_m/a² solved for a². It equals eq. (9) times 8π, the numerical factors the paper drops.
	 */
	double efficiencyEq10() {
		SpinHallContactInput west = input.west();
		double quanta = PhysicalConstants.PLANCK
				/ (PhysicalConstants.ELEMENTARY_CHARGE * PhysicalConstants.ELEMENTARY_CHARGE * circuit.wireResistanceOhm());
		double atomicArea = PhysicalConstants.HBAR * input.crossSectionM2() / impedance();
		double ratio = west.areaM2() / west.wireCrossSectionM2();
		double tan = Math.tan(west.spinHallAngle());
		return quanta * atomicArea / input.crossSectionM2() * ratio * ratio * tan * tan;
	}

	/** Eq. (11) at the steady winding: 𝒜ρ²/2 = A_ex ρ², J/m³. */
	double energyDensity(double windingDensity) {
		return input.magnet().exchangeJPerM() * windingDensity * windingDensity;
	}

	/**
	 * The share of the stored energy a lossless (α = 0) wire delivers to the load through identical contacts: the
	 * ends unwind symmetrically, so each contact absorbs 2ϑ²/R_tot + g per (∂_tφ)², of which 2ϑ²R_load/R_tot² reaches
	 * the load, and every wave is eventually absorbed at the ends.
	 */
	double losslessLoadShare() {
		SpinHallContact west = circuit.west();
		double total = circuit.wireResistanceOhm() + circuit.loadResistanceOhm();
		double theta2 = west.torquePerCurrent() * west.torquePerCurrent();
		return 2 * theta2 * circuit.loadResistanceOhm() / (total * total) / (2 * theta2 / total + west.pumping());
	}

	/**
	 * The load that absorbs the unwinding wave at the ends without reflection: 2ϑ²/(R_wires + R_load) + g = √(Aχ).
	 * NaN when spin pumping alone already over-damps the ends or the wires are too resistive for any load to match.
	 */
	double matchedLoad() {
		SpinHallContact west = circuit.west();
		double gap = impedance() - west.pumping();
		double load = gap > 0 ? 2 * west.torquePerCurrent() * west.torquePerCurrent() / gap - circuit.wireResistanceOhm() : Double.NaN;
		return load >= 0 ? load : Double.NaN;
	}

	void report(ResultSink sink) {
		sink.scalar("theory-winding-density", steadyWindingDensity(), "1/m");
		sink.scalar("theory-stored-energy", storedEnergy(), "J");
		sink.scalar("wound-length", woundLength, "m");
		sink.scalar("spin-wave-speed", spinWaveSpeed(), "m/s");
		sink.scalar("charging-time-scale", woundLength / spinWaveSpeed(), "s");
		sink.scalar("relaxation-time", relaxationTime(), "s");
		sink.scalar("torque-per-current", torquePerCurrent(), "J/A");
		sink.scalar("landau-limit", landauLimit(), "1/m");
		sink.scalar("critical-current", criticalCurrent(), "A");
		sink.scalar("efficiency-eq9", efficiencyEq9(), "");
		sink.scalar("efficiency-eq10", efficiencyEq10(), "");
		sink.scalar("theory-energy-density", energyDensity(steadyWindingDensity()), "J/m^3");
		sink.scalar("landau-energy-density", EasyPlaneMagnet.of(input.magnet()).easyPlaneAnisotropyJPerM3(), "J/m^3");
		sink.scalar("lossless-load-share", losslessLoadShare(), "");
		double matched = matchedLoad();
		if (Double.isFinite(matched)) {
			sink.scalar("matched-load-resistance", matched, "Ohm");
		} else {
			SpinHallContact west = circuit.west();
			sink.word("matched-load-resistance", String.format("none: matching the wave impedance √(Aχ) needs a circuit of "
					+ "%.3g Ohm in all, the wires alone have %.3g Ohm", 2 * west.torquePerCurrent() * west.torquePerCurrent()
							/ (impedance() - west.pumping()), circuit.wireResistanceOhm()));
		}
	}
}
