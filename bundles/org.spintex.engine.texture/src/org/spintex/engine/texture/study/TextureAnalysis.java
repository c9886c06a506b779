package org.spintex.engine.texture.study;

import static org.spintex.core.physics.PhysicalConstants.ELEMENTARY_CHARGE;
import static org.spintex.core.physics.PhysicalConstants.PLANCK;

import org.spintex.core.collective.ThieleTensors;
import org.spintex.core.math.Vector3;
import org.spintex.core.results.ResultSink;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.observable.TopologicalCharge;
import org.spintex.engine.texture.force.AdiabaticForce;
import org.spintex.engine.texture.force.BetaForce;
import org.spintex.engine.texture.force.CurrentForces;
import org.spintex.engine.texture.force.Force;
import org.spintex.engine.texture.force.ReflectionForce;
import org.spintex.engine.texture.force.SpinDrift;
import org.spintex.engine.texture.topology.DissipationTensor;
import org.spintex.engine.texture.topology.EmergentField;
import org.spintex.engine.texture.topology.TextureCentre;
import org.spintex.engine.texture.topology.TextureRegion;
import org.spintex.engine.texture.topology.TextureThiele;
import org.spintex.engine.texture.topology.VortexNumber;
import org.spintex.engine.texture.transport.CoreResistivity;
import org.spintex.engine.texture.transport.ElectronGas;
import org.spintex.engine.texture.transport.TopologicalHallEffect;
import org.spintex.input.CurrentInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.TextureForcesInput;

/**
 * Everything seed 002 says about a texture at rest under a current: its vortex number and gyrovector
 * (eqs. (63)–(65)), dissipation tensor, the forces of eqs. (58), (62), (86), (87), the velocity they give a
 * free texture (eq. (90)) and, with the electrons known, its Hall and core resistivities (eqs. (77), (94),
 * (97), (98)).
 *
 * @param current the spin-polarised current of the study, or null
 * @param electrons null when the material does not describe its conduction electrons
 * @param emergentField b_z per cell in T
 */
record TextureAnalysis(VortexNumber vortexNumber, DissipationTensor dissipation, TextureCentre centre, ThieleTensors thiele,
		double spinDensity, double alpha, CurrentInput current, SpinDrift drift, CurrentForces forces, double[] freeVelocity,
		ElectronGas electrons, double filmVolume, double chargeQ, double[] emergentField, double emergentFlux, boolean[] region,
		double edgeMarginMetre) {

	/** Below this |n_v| a texture is counted as untopological (a wall, a spiral). */
	static final double TOPOLOGICAL = 0.25;

	static TextureAnalysis of(TextureForcesInput input, Magnet magnet, VectorField m) {
		MagnetMaterialInput material = input.texture().material();
		double spinDensity = material.msAmperePerMetre() / material.gammaRadPerSecondTesla();
		double margin = input.edgeMarginMetre().orElseGet(() -> TextureRegion.defaultMarginMetre(material));
		boolean[] region = TextureRegion.awayFromEdges(magnet, margin);
		VortexNumber vortex = VortexNumber.of(magnet, m, region);
		DissipationTensor dissipation = DissipationTensor.of(magnet, m, region);
		boolean topological = Math.abs(vortex.topologicalNumber()) > TOPOLOGICAL;
		TextureCentre centre = TextureCentre.of(magnet, m, topological, region);
		ThieleTensors thiele = TextureThiele.of(vortex, dissipation, material.alpha(), spinDensity);
		double volume = magnet.magneticCellCount() * magnet.mesh().cellVolume();

		CurrentInput current = input.texture().currents().stream().filter(c -> c.polarization() != 0).findFirst().orElse(null);
		SpinDrift drift = current == null ? SpinDrift.NONE : SpinDrift.of(current, material.msAmperePerMetre());
		double beta = current == null ? 0 : current.beta();
		ElectronGas electrons = input.electrons().map(ElectronGas::new).orElse(null);
		Force reflection = Force.ZERO;
		if (electrons != null && current != null && topological) {
			double area = volume / vortex.thicknessMetre();
			double rho = CoreResistivity.of(electrons, centre.coreRadiusMetre(), area);
			reflection = ReflectionForce.of(electrons.density() * volume, rho, current.currentDensity());
		}
		CurrentForces forces = new CurrentForces(reflection, BetaForce.of(beta, spinDensity, dissipation, drift),
				AdiabaticForce.of(thiele, drift));
		Force total = forces.total();
		double[] free = thiele.velocity(total.xNewton(), total.yNewton());
		double[] bz = EmergentField.of(magnet, m);
		return new TextureAnalysis(vortex, dissipation, centre, thiele, spinDensity, material.alpha(), current, drift, forces,
				free, electrons, volume, TopologicalCharge.ofLayer(m, 0, region), bz, EmergentField.flux(magnet, bz, region), region,
				margin);
	}

	boolean topological() {
		return Math.abs(vortexNumber.topologicalNumber()) > TOPOLOGICAL;
	}

	/** The angle between the free velocity and the spin drift, in degrees, positive towards ẑ × v_s. */
	double hallAngleDegree() {
		double vx = drift.xMetrePerSecond(), vy = drift.yMetrePerSecond();
		double along = (freeVelocity[0] * vx + freeVelocity[1] * vy) / drift.speed();
		double across = (-freeVelocity[0] * vy + freeVelocity[1] * vx) / drift.speed();
		return Math.toDegrees(Math.atan2(across, along));
	}

	void report(ResultSink sink) {
		sink.scalar("edge-margin", edgeMarginMetre, "m");
		sink.scalar("vortex-number", vortexNumber.topologicalNumber(), "1");
		sink.scalar("topological-charge", chargeQ, "1");
		sink.scalar("phi-xy", vortexNumber.phiXYMetre(), "m");
		sink.scalar("phi-xz", vortexNumber.phiXZMetre(), "m");
		sink.scalar("phi-yz", vortexNumber.phiYZMetre(), "m");
		// g = 4πsΦ_xy as seed 002 eq. (88) defines it, the g of eq. (90); the Thiele form's G is −g (TextureThiele)
		sink.scalar("gyrovector", -thiele.gyrotropicKgPerS(), "kg/s");
		sink.scalar("dissipation-xx", dissipation.xxMetre(), "m");
		sink.scalar("dissipation-xy", dissipation.xyMetre(), "m");
		sink.scalar("dissipation-yy", dissipation.yyMetre(), "m");
		sink.scalar("friction-xx", thiele.viscosityXX(), "kg/s");
		sink.scalar("friction-yy", thiele.viscosityYY(), "kg/s");
		sink.scalar("centre-x", centre.xMetre(), "m");
		sink.scalar("centre-y", centre.yMetre(), "m");
		sink.scalar("core-radius", centre.coreRadiusMetre(), "m");
		sink.scalar("emergent-flux", emergentFlux, "Wb");
		sink.scalar("emergent-flux-quanta", emergentFlux / (PLANCK / ELEMENTARY_CHARGE), "1");
		if (current == null) {
			return;
		}
		Vector3 j = current.currentDensity();
		sink.scalar("current-density", j.norm(), "A/m^2");
		sink.scalar("drift-velocity-x", drift.xMetrePerSecond(), "m/s");
		sink.scalar("drift-velocity-y", drift.yMetrePerSecond(), "m/s");
		force(sink, "force-adiabatic", forces.adiabatic());
		force(sink, "force-beta", forces.beta());
		force(sink, "force-reflection", forces.reflection());
		force(sink, "force-total", forces.total());
		sink.scalar("thiele-velocity-x", freeVelocity[0], "m/s");
		sink.scalar("thiele-velocity-y", freeVelocity[1], "m/s");
		if (drift.speed() > 0) {
			sink.scalar("thiele-hall-angle", hallAngleDegree(), "deg");
		}
		if (electrons != null) {
			double rhoXY = TopologicalHallEffect.resistivity(electrons, vortexNumber.phiXYMetre(), filmVolume);
			sink.scalar("electron-density", electrons.density(), "1/m^3");
			sink.scalar("electron-polarization", electrons.polarization(), "1");
			sink.scalar("exchange-splitting", electrons.exchangeSplitting(), "J");
			sink.scalar("hall-resistivity", rhoXY, "Ohm*m");
			sink.scalar("hall-current-ratio", TopologicalHallEffect.hallCurrentRatio(electrons, rhoXY), "1");
			sink.scalar("hall-back-reaction-force", TopologicalHallEffect.backReactionForce(electrons, rhoXY, filmVolume, j.norm()), "N");
			if (topological()) {
				sink.scalar("core-resistivity", CoreResistivity.of(electrons, centre.coreRadiusMetre(),
						filmVolume / vortexNumber.thicknessMetre()), "Ohm*m");
			}
		}
	}

	private static void force(ResultSink sink, String name, Force f) {
		sink.scalar(name + "-x", f.xNewton(), "N");
		sink.scalar(name + "-y", f.yNewton(), "N");
	}
}
