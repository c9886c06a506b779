package org.spintex.ui.views.texture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spintex.core.results.FieldSnapshot;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.observable.SkyrmionCentres;
import org.spintex.engine.llg.observable.TopologicalCharge;
import org.spintex.engine.llg.texture.SkyrmionTexture;
import org.spintex.io.ovf.OvfReader;

/**
 * One magnetization snapshot ready to draw: the field on its mesh, and per layer the lattice
 * charge of every plaquette, the total Q and the centres of the charged textures.
 */
public record TextureFrame(String title, double timeSecond, VectorField m) {

	/** Reads an OVF 1.0 or 2.0 file (ours, MuMax3's or OOMMF's); a scalar field is refused. */
	public static TextureFrame read(Path file) throws IOException {
		FieldSnapshot snapshot = OvfReader.read(Files.readAllBytes(file));
		if (snapshot.valueDimension() != 3) {
			throw new IOException(file.getFileName() + " holds a scalar field (" + snapshot.quantity()
					+ "); the Texture view shows vector fields such as m");
		}
		Mesh mesh = new Mesh(snapshot.nx(), snapshot.ny(), snapshot.nz(), snapshot.cellXMetre(), snapshot.cellYMetre(),
				snapshot.cellZMetre());
		VectorField m = new VectorField(mesh);
		System.arraycopy(snapshot.components()[0], 0, m.x, 0, m.cellCount());
		System.arraycopy(snapshot.components()[1], 0, m.y, 0, m.cellCount());
		System.arraycopy(snapshot.components()[2], 0, m.z, 0, m.cellCount());
		return new TextureFrame(file.getFileName().toString(), snapshot.timeSecond(), m);
	}

	/** What the view shows before anything is opened: a Néel skyrmion of radius 20 nm and wall width 6 nm. */
	static TextureFrame referenceSkyrmion() {
		double nm = 1e-9;
		VectorField m = new VectorField(new Mesh(96, 96, 1, nm, nm, nm));
		SkyrmionTexture.neel(48 * nm, 48 * nm, 20 * nm, 6 * nm).writeInto(m);
		return new TextureFrame("reference Néel skyrmion (R = 20 nm, w = 6 nm); open an OVF file or run a study", 0, m);
	}

	public Mesh mesh() {
		return m.mesh();
	}

	/** Lattice charge per plaquette of layer {@code k} (index i + nx·j). */
	public double[] charges(int k) {
		return TopologicalCharge.plaquetteCharges(m, k, null);
	}

	public double charge(int k) {
		return TopologicalCharge.ofLayer(m, k);
	}

	public List<SkyrmionCentres.Centre> centres(int k) {
		return SkyrmionCentres.of(m, k);
	}
}
