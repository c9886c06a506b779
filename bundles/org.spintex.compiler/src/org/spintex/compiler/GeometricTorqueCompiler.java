package org.spintex.compiler;

import java.util.List;
import org.spintex.input.Axis;
import org.spintex.input.ChoiceWord;
import org.spintex.input.LeadModel;

import org.spintex.core.math.Vector3;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Drive;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Reservoir;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Wire;
import org.spintex.input.GeometricTorqueInput;
import org.spintex.input.ReservoirInput;

/** A geometric-torque study of a validated model → {@link GeometricTorqueInput} in SI units (seed 004). */
final class GeometricTorqueCompiler implements StudyKindCompiler {

	private static final double DEFAULT_TOLERANCE = 1e-10;
	/** g₀ = 2: one ballistic channel per spin, G₀ = 2e²/h. */
	private static final double DEFAULT_SMF_CONDUCTANCE = 2;

	@Override
	public GeometricTorqueInput compile(Device device, Study study) {
		Wire wire = study.getLinks().stream().filter(l -> l.getRole().equals("wire")).map(Link::getTarget)
				.filter(Wire.class::isInstance).map(Wire.class::cast).findFirst()
				.orElseThrow(() -> new CompileException("study " + study.getName() + " has no wire"));
		SiProperties w = new SiProperties(wire.getProperties());
		Drive drive = device.getParts().stream().filter(Drive.class::isInstance).map(Drive.class::cast)
				.filter(d -> "precession".equals(d.getKind())).findFirst()
				.orElseThrow(() -> new CompileException("device " + device.getName() + " has no precession drive"));
		SiProperties precession = new SiProperties(drive.getProperties());
		Vector3 axis = precession.word("axis").map(word -> ChoiceWord.of(Axis.class, word)).orElse(Axis.Z).unitVector();
		double hbarOmega = precession.find("energy-quantum")
				.orElseGet(() -> PhysicalConstants.HBAR * 2 * Math.PI * precession.require("frequency"));
		double hopping = w.require("hopping");
		int sites = (int) Math.round(w.require("sites"));
		List<Vector3> moments = WireMoments.sample(wire.getMoments(), sites, axis, precession.find("cone-angle").orElse(null));
		SiProperties settings = new SiProperties(study.getProperties());
		return new GeometricTorqueInput(device.getName(), study.getName(), moments, axis, hopping, w.require("sd-exchange"),
				w.get("lead-coupling", hopping), w.word("leads").map(word -> ChoiceWord.of(LeadModel.class, word)).orElse(GeometricTorqueInput.DEFAULT_LEADS), reservoir(device, wire, "start"),
				reservoir(device, wire, "end"), hbarOmega, settings.get("smf-conductance", DEFAULT_SMF_CONDUCTANCE),
				settings.get("tolerance", DEFAULT_TOLERANCE));
	}

	private static ReservoirInput reservoir(Device device, Wire wire, String end) {
		Reservoir reservoir = device.getParts().stream().filter(Reservoir.class::isInstance).map(Reservoir.class::cast)
				.filter(r -> r.getWire() == wire && end.equals(r.getEnd())).findFirst()
				.orElseThrow(() -> new CompileException("wire " + wire.getName() + " has no reservoir at its " + end));
		SiProperties r = new SiProperties(reservoir.getProperties());
		return new ReservoirInput(reservoir.getName(), r.require("chemical-potential"), r.require("temperature"));
	}
}
