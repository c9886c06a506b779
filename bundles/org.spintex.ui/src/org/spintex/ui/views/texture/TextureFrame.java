package org.spintex.ui.views.texture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.topology.LatticeCharge;
import org.spintex.core.topology.SkyrmionCentres;
import org.spintex.io.ovf.OvfReader;

/**
 * One magnetization snapshot ready to draw: the vector field on its grid, and per layer the lattice
 * charge of every plaquette, the total Q and the centres of the charged textures (the engines' own
 * construction, {@link LatticeCharge}).
 */
public record TextureFrame(String title, double timeSecond, FieldSnapshot m) {

	public TextureFrame {
		if (m.valueDimension() != 3) {
			throw new IllegalArgumentException(title + " holds a scalar field (" + m.quantity()
					+ "); the Texture view shows vector fields such as m");
		}
	}

	/** Reads an OVF 1.0 or 2.0 file (ours, MuMax3's or OOMMF's); a scalar field is refused. */
	public static TextureFrame read(Path file) throws IOException {
		FieldSnapshot snapshot = OvfReader.read(Files.readAllBytes(file));
		if (snapshot.valueDimension() != 3) {
			throw new IOException(file.getFileName() + " holds a scalar field (" + snapshot.quantity()
					+ "); the Texture view shows vector fields such as m");
		}
		return new TextureFrame(file.getFileName().toString(), snapshot.timeSecond(), snapshot);
	}

	/** The x, y and z components of the field in cell {@code cell}. */
	public double mx(int cell) {
		return m.components()[0][cell];
	}

	public double my(int cell) {
		return m.components()[1][cell];
	}

	public double mz(int cell) {
		return m.components()[2][cell];
	}

	/** Lattice charge per plaquette of layer {@code k} (index i + nx·j). */
	public double[] charges(int k) {
		return LatticeCharge.plaquetteCharges(m, k, null);
	}

	public double charge(int k) {
		return LatticeCharge.ofLayer(m, k, null);
	}

	public List<SkyrmionCentres.Centre> centres(int k) {
		return SkyrmionCentres.of(m, k);
	}
}
