package org.spintex.engine.llg.study;

import org.spintex.core.math.Vector3;
import org.spintex.core.random.CounterRandom;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.texture.FilmTextures;
import org.spintex.input.FilmLayerInput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;

/** The starting magnetization of a study, sampled at the cell centres of every magnetic cell. */
public final class InitialMagnetization {

	private InitialMagnetization() {
	}

	/**
	 * The starting magnetization of every film of a study: the study's initial state, and in a film that names its
	 * own, that one (each with its film's material for the texture's defaults).
	 */
	public static VectorField of(Magnet magnet, MicromagneticInput input, FieldSnapshot fromFile) {
		FilmLayerInput bottom = input.films().get(0);
		VectorField m = of(magnet, materialAtCentre(bottom, input.initialState(), magnet.mesh()), input.initialState(), fromFile);
		int perLayer = magnet.mesh().nx() * magnet.mesh().ny();
		for (FilmLayerInput film : input.films()) {
			if (film.initialState().isPresent() || (film != bottom && film.varies())) {
				InitialStateInput state = film.initialState().orElse(input.initialState());
				VectorField own = of(magnet, materialAtCentre(film, state, magnet.mesh()), state, fromFile);
				for (int c = film.firstLayer() * perLayer; c < film.endLayer() * perLayer; c++) {
					m.set(c, own.x[c], own.y[c], own.z[c]);
				}
			}
		}
		return m;
	}

	/**
	 * The material a texture's defaults come from: that of the film's region under the texture's centre (a skyrmion's
	 * helicity follows the sign of the DMI where it sits, which a region may bring to a film without DMI), else the
	 * film's.
	 */
	private static MagnetMaterialInput materialAtCentre(FilmLayerInput film, InitialStateInput state, Mesh mesh) {
		double x, y;
		if (state instanceof InitialStateInput.Skyrmion s) {
			x = s.centre().map(c -> c.x()).orElse(mesh.sizeXMetre() / 2);
			y = s.centre().map(c -> c.y()).orElse(mesh.sizeYMetre() / 2);
		} else if (state instanceof InitialStateInput.DomainWall w) {
			x = w.centreXMetre().orElse(mesh.sizeXMetre() / 2);
			y = mesh.sizeYMetre() / 2;
		} else {
			return film.material();
		}
		MagnetMaterialInput material = film.material();
		for (org.spintex.input.RegionInput region : film.regions()) {
			if (region.material().isPresent() && region.outline().contains(x, y)) {
				material = region.material().get();
			}
		}
		return material;
	}

	/**
	 * @param material what a texture's defaults depend on (a wall's width, a skyrmion's helicity)
	 * @param fromFile the data of an OVF initial state, read by the runner; null for textures
	 */
	public static VectorField of(Magnet magnet, MagnetMaterialInput material, InitialStateInput state, FieldSnapshot fromFile) {
		Mesh mesh = magnet.mesh();
		VectorField m = new VectorField(mesh);
		TextureSampler direction = switch (state) {
		case InitialStateInput.Uniform u -> (x, y, z) -> u.direction();
		case InitialStateInput.Skyrmion s -> planar(FilmTextures.skyrmion(s, mesh, material)::direction);
		case InitialStateInput.Vortex v -> planar(FilmTextures.vortex(v, mesh)::direction);
		case InitialStateInput.DomainWall w -> planar(FilmTextures.wall(w, mesh, material)::direction);
		case InitialStateInput.Spiral s -> FilmTextures.spiral(s, mesh)::direction;
		case InitialStateInput.RandomDirections r -> null;
		case InitialStateInput.FromFile f -> null;
		};

		for (int c = 0; c < mesh.cellCount(); c++) {
			if (!magnet.isMagnetic(c)) {
				continue;
			}
			if (direction != null) {
				m.set(c, direction.at(mesh.centreX(mesh.i(c)), mesh.centreY(mesh.j(c)), (mesh.k(c) + 0.5) * mesh.cellZMetre()));
			} else if (state instanceof InitialStateInput.RandomDirections r) {
				// uniform on the sphere: z uniform in [−1, 1], azimuth uniform
				CounterRandom random = new CounterRandom(r.seed());
				double z = 2 * random.uniform(0, c) - 1;
				double phi = 2 * Math.PI * random.uniform(1, c);
				double s = Math.sqrt(1 - z * z);
				m.set(c, s * Math.cos(phi), s * Math.sin(phi), z);
			} else {
				if (fromFile == null || fromFile.nx() != mesh.nx() || fromFile.ny() != mesh.ny() || fromFile.nz() != mesh.nz()) {
					throw new IllegalArgumentException("the initial-state file must have the film's mesh, " + mesh.nx() + " × "
							+ mesh.ny() + " × " + mesh.nz() + (fromFile == null ? "" : ", not " + fromFile.nx() + " × " + fromFile.ny() + " × " + fromFile.nz()));
				}
				if (fromFile.valueDimension() != 3) {
					throw new IllegalArgumentException("the initial-state file holds a scalar field, not a magnetization");
				}
				m.set(c, fromFile.components()[0][c], fromFile.components()[1][c], fromFile.components()[2][c]);
			}
		}
		magnet.normalise(m);
		return m;
	}

	/** A texture's direction at a cell centre (x, y, z from the mesh's lower corner). */
	@FunctionalInterface
	private interface TextureSampler {
		Vector3 at(double x, double y, double z);
	}

	/** A texture of the film's plane, the same in every layer. */
	private static TextureSampler planar(java.util.function.BiFunction<Double, Double, Vector3> inPlane) {
		return (x, y, z) -> inPlane.apply(x, y);
	}

	/** A checkpointed state as it was saved, bit for bit: no renormalisation, which could change the last bits. */
	static VectorField exactly(Magnet magnet, FieldSnapshot state) {
		Mesh mesh = magnet.mesh();
		if (state.nx() != mesh.nx() || state.ny() != mesh.ny() || state.nz() != mesh.nz() || state.valueDimension() != 3) {
			throw new IllegalArgumentException("the checkpoint does not belong to this film's mesh");
		}
		VectorField m = new VectorField(mesh);
		System.arraycopy(state.components()[0], 0, m.x, 0, m.x.length);
		System.arraycopy(state.components()[1], 0, m.y, 0, m.y.length);
		System.arraycopy(state.components()[2], 0, m.z, 0, m.z.length);
		return m;
	}
}
