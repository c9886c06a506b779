package org.spintex.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.dsl.catalog.FilmCells;
import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Gate;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Study;
import org.spintex.input.BatteryGateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.SpinHallContactInput;
import org.spintex.input.WindingBatteryInput;

/** A winding-battery study of a validated model → {@link WindingBatteryInput} in SI units (seed 001). */
final class WindingBatteryCompiler implements StudyKindCompiler {

	private static final double DEFAULT_TOLERANCE = 1e-8;
	private static final int DEFAULT_ROWS = 1000;

	@Override
	public WindingBatteryInput compile(Device device, Study study) {
		Film film = study.getLinks().stream().filter(l -> l.getRole().equals("film")).map(Link::getTarget)
				.filter(Film.class::isInstance).map(Film.class::cast).findFirst()
				.orElseThrow(() -> new CompileException("study " + study.getName() + " has no film"));
		SiProperties f = new SiProperties(film.getProperties());
		double length = f.require("length");
		int cells = FilmCells.alongX(film.getProperties())
				.orElseThrow(() -> new CompileException("film " + film.getName() + " gives no 'cell', 'cells' or 'mesh'"));
		if (cells < 2) {
			throw new CompileException("film " + film.getName() + ": a winding battery needs at least 2 cells along x, got " + cells);
		}
		boolean loop = f.words("periodic").orElse(List.of()).contains("x");
		double crossSection = f.require("width") * f.require("thickness");
		List<Property> materialProperties = film.getMaterial().getProperties();
		MagnetMaterialInput magnet = Materials.of(materialProperties, List.of(), false);
		List<BatteryGateInput> gates = new ArrayList<>();
		for (Gate gate : device.getParts().stream().filter(Gate.class::isInstance).map(Gate.class::cast)
				.filter(g -> g.getFilm() == film).toList()) {
			SiProperties g = new SiProperties(gate.getProperties());
			double centre = g.require("position"), width = g.require("width");
			gates.add(new BatteryGateInput(gate.getName(), centre - width / 2, centre + width / 2,
					Materials.of(materialProperties, gate.getOverrides(), false)));
		}
		SiProperties settings = new SiProperties(study.getProperties());
		double charge = settings.get("charge-time", 0), store = settings.get("store-time", 0),
				discharge = settings.get("discharge-time", 0);
		Contact west = contact(device, film, "west");
		return new WindingBatteryInput(device.getName(), study.getName(), cells, length / cells, loop, crossSection, magnet,
				gates, spinHall(west), spinHall(contact(device, film, "east")),
				new SiProperties(west.getProperties()).get("current", 0), settings.get("load-resistance", 0), charge, store,
				discharge, settings.get("output-every", (charge + store + discharge) / DEFAULT_ROWS),
				settings.get("tolerance", DEFAULT_TOLERANCE), (int) settings.get("snapshots", 0));
	}

	private static Contact contact(Device device, Film film, String edge) {
		return device.getParts().stream().filter(Contact.class::isInstance).map(Contact.class::cast)
				.filter(c -> c.getFilm() == film && edge.equals(c.getEdge())).findFirst()
				.orElseThrow(() -> new CompileException("film " + film.getName() + " has no contact on its " + edge + " edge"));
	}

	private static SpinHallContactInput spinHall(Contact contact) {
		SiProperties c = new SiProperties(contact.getProperties());
		return new SpinHallContactInput(contact.getName(), c.require("spin-hall-angle"), c.require("area"),
				c.require("cross-section"), c.get("spin-mixing-conductance", 0), c.require("resistance"));
	}
}
