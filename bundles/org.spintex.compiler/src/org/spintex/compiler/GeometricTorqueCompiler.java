package org.spintex.compiler;

import java.util.List;
import java.util.Optional;

import org.spintex.core.math.Vector3;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Drive;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Reservoir;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Texture;
import org.spintex.dsl.spintex.Wire;
import org.spintex.input.Axis;
import org.spintex.input.ChoiceWord;
import org.spintex.input.GeometricTorqueInput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.LeadModel;
import org.spintex.input.ReservoirInput;
import org.spintex.input.SpiralChirality;
import org.spintex.input.WallArrangement;
import org.spintex.input.WallChirality;
import org.spintex.input.WallProfile;
import org.spintex.input.WireTextureInput;

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
		SiProperties settings = new SiProperties(study.getProperties());
		return new GeometricTorqueInput(device.getName(), study.getName(), sites, moments(wire.getMoments()),
				precession.optional("cone-angle"), axis, hopping, w.require("sd-exchange"),
				w.get("lead-coupling", hopping), w.word("leads").map(word -> ChoiceWord.of(LeadModel.class, word)).orElse(GeometricTorqueInput.DEFAULT_LEADS), reservoir(device, wire, "start"),
				reservoir(device, wire, "end"), hbarOmega, settings.get("smf-conductance", DEFAULT_SMF_CONDUCTANCE),
				settings.get("tolerance", DEFAULT_TOLERANCE));
	}

	/** The texture of the wire's moments as the file describes it (none: along the precession axis, on its cone). */
	private static WireTextureInput moments(Texture texture) {
		if (texture == null) {
			return new WireTextureInput.Uniform(Optional.empty());
		}
		SiProperties p = new SiProperties(texture.getProperties());
		return switch (texture.getKind()) {
		case "uniform" -> new WireTextureInput.Uniform(p.vector("direction"));
		case "domain-wall" -> new WireTextureInput.DomainWall(p.optional("center-site"), p.optional("width-sites"),
				p.word("profile").map(w -> ChoiceWord.of(WallProfile.class, w)).orElse(WallProfile.DEFAULT),
				p.word("arrangement").map(w -> ChoiceWord.of(WallArrangement.class, w))
						.orElse(InitialStateInput.DomainWall.DEFAULT_ARRANGEMENT),
				p.word("chirality").map(w -> ChoiceWord.of(WallChirality.class, w)).orElse(InitialStateInput.DomainWall.DEFAULT_CHIRALITY));
		case "spiral" -> new WireTextureInput.Spiral(p.get("windings", WireTextureInput.Spiral.DEFAULT_WINDINGS),
				p.word("chirality").map(w -> ChoiceWord.of(SpiralChirality.class, w)).orElse(InitialStateInput.Spiral.DEFAULT_CHIRALITY));
		case "random" -> new WireTextureInput.RandomDirections((long) p.get("seed", 0));
		default -> throw new CompileException("a wire cannot take its moments from a " + texture.getKind() + " texture");
		};
	}

	private static ReservoirInput reservoir(Device device, Wire wire, String end) {
		Reservoir reservoir = device.getParts().stream().filter(Reservoir.class::isInstance).map(Reservoir.class::cast)
				.filter(r -> r.getWire() == wire && end.equals(r.getEnd())).findFirst()
				.orElseThrow(() -> new CompileException("wire " + wire.getName() + " has no reservoir at its " + end));
		SiProperties r = new SiProperties(reservoir.getProperties());
		return new ReservoirInput(reservoir.getName(), r.require("chemical-potential"), r.require("temperature"));
	}
}
