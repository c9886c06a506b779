package org.spintex.engine.llg.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spintex.core.random.CounterRandom;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.mesh.Shape;
import org.spintex.core.geometry.VoronoiGrains;
import org.spintex.engine.llg.model.Regions;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.FilmLayerInput;
import org.spintex.input.GrainProperty;
import org.spintex.input.GrainsInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.RegionCouplingInput;
import org.spintex.input.RegionInput;

/**
 * The material of every cell of one film: the film's outline filled with its material, or with its grains' (each the
 * film's material scaled by its own spread), then each named region in the file's order taking the cells whose centres
 * lie inside its outline (with its own material, or none: a hole). The same cell in every layer of the film. A bond
 * between two regions is scaled by the coupling of the two, if the file gives one, else by the grains' factor between
 * two grains, else by the product of the regions' own factors.
 */
final class FilmRegions {

	/** The smallest Ms a grain's spread leaves, as a fraction of the film's: a grain never loses its magnetization. */
	private static final double SMALLEST_MS_FRACTION = 0.01;

	private final FilmLayerInput film;
	private final Regions regions;
	/** The material of each region; grains first (or the film's own material), then the named regions. */
	private final List<MagnetMaterialInput> materials;
	private final List<String> names;

	FilmRegions(FilmLayerInput film, Mesh mesh, Shape outline) {
		this.film = film;
		int nx = mesh.nx(), ny = mesh.ny(), perLayer = nx * ny;
		int[] plane = new int[perLayer];
		List<MagnetMaterialInput> materials = new ArrayList<>();
		List<String> names = new ArrayList<>();
		boolean[] grain;
		GrainsInput grains = film.grains().orElse(null);
		VoronoiGrains voronoi = null;
		if (grains != null) {
			voronoi = new VoronoiGrains(mesh.sizeXMetre(), mesh.sizeYMetre(), grains.sizeMetre(), grains.seed(), mesh.periodicX(),
					mesh.periodicY());
			CounterRandom random = new CounterRandom(grains.seed());
			for (int g = 0; g < voronoi.count(); g++) {
				materials.add(grainMaterial(film.material(), grains, random, g));
				names.add(film.film() + ".grain-" + (g + 1));
			}
		} else {
			materials.add(film.material());
			names.add(film.film());
		}
		int grainCount = materials.size();
		double cx = mesh.sizeXMetre() / 2, cy = mesh.sizeYMetre() / 2;
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				double x = mesh.centreX(i), y = mesh.centreY(j);
				plane[i + nx * j] = !outline.contains(x - cx, y - cy) ? -1 : voronoi != null ? voronoi.grainAt(x, y) : 0;
			}
		}
		for (RegionInput region : film.regions()) {
			int id = region.empty() ? -1 : materials.size();
			region.material().ifPresent(materials::add);
			if (!region.empty()) {
				names.add(film.film() + "." + region.name());
			}
			for (int j = 0; j < ny; j++) {
				for (int i = 0; i < nx; i++) {
					// a region reshapes the film inside the film's outline; it never adds material outside it
					if (outline.contains(mesh.centreX(i) - cx, mesh.centreY(j) - cy)
							&& region.outline().contains(mesh.centreX(i), mesh.centreY(j))) {
						plane[i + nx * j] = id;
					}
				}
			}
		}
		int[] ofCell = new int[mesh.cellCount()];
		Arrays.fill(ofCell, -1);
		for (int k = film.firstLayer(); k < film.endLayer(); k++) {
			System.arraycopy(plane, 0, ofCell, k * perLayer, perLayer);
		}
		double[] scale = new double[materials.size()];
		Arrays.fill(scale, 1);
		int r = grainCount;
		for (RegionInput region : film.regions()) {
			if (!region.empty()) {
				scale[r++] = region.exchangeScale();
			}
		}
		double grainScale = grains != null ? grains.exchangeScale() : 1;
		boolean grained = grains != null;
		double[][] coupled = coupledScales(film, grainCount, materials.size());
		this.regions = new Regions(ofCell, materials.size(), (a, b) -> {
			// a coupling of the two regions first, then grain boundaries, then the regions' own factors
			double pair = coupled[side(a, grainCount)][side(b, grainCount)];
			return !Double.isNaN(pair) ? pair : grained && a < grainCount && b < grainCount ? grainScale : scale[a] * scale[b];
		});
		this.materials = List.copyOf(materials);
		this.names = List.copyOf(names);
	}

	/** The side of a coupling a region is on: 0 for the film's own cells (its grains), 1 + n for its n-th region with material. */
	private static int side(int region, int grainCount) {
		return region < grainCount ? 0 : 1 + region - grainCount;
	}

	/** The exchange factor between two sides that a coupling of regions sets, NaN where none does. */
	private static double[][] coupledScales(FilmLayerInput film, int grainCount, int regionCount) {
		List<String> sides = new ArrayList<>();
		sides.add(film.film());
		film.regions().stream().filter(r -> !r.empty()).forEach(r -> sides.add(r.name()));
		int n = 1 + regionCount - grainCount;
		double[][] scale = new double[n][n];
		for (double[] row : scale) {
			Arrays.fill(row, Double.NaN);
		}
		for (RegionCouplingInput coupling : film.regionCouplings()) {
			int a = sides.indexOf(coupling.first()), b = sides.indexOf(coupling.second());
			scale[a][b] = coupling.exchangeScale();
			scale[b][a] = coupling.exchangeScale();
		}
		return scale;
	}

	/** The film's material scaled by 1 + s·g for each property that spreads, g a standard normal number of the grain. */
	private static MagnetMaterialInput grainMaterial(MagnetMaterialInput base, GrainsInput grains, CounterRandom random, int grain) {
		double ms = Math.max(SMALLEST_MS_FRACTION * base.msAmperePerMetre(),
				base.msAmperePerMetre() * factor(grains, GrainProperty.SATURATION, random, grain));
		double anisotropy = factor(grains, GrainProperty.ANISOTROPY, random, grain);
		List<AnisotropyInput> anisotropies = base.anisotropies().stream()
				.map(a -> new AnisotropyInput(a.kind(), a.kJPerM3() * anisotropy, a.axis())).toList();
		return new MagnetMaterialInput(ms, base.exchangeJPerM() * factor(grains, GrainProperty.EXCHANGE, random, grain),
				base.alpha() * factor(grains, GrainProperty.DAMPING, random, grain), base.gammaRadPerSecondTesla(), anisotropies,
				base.dmiClass(), base.dmiJPerM2() * factor(grains, GrainProperty.DMI, random, grain), base.susceptibility());
	}

	/** 1 + s·g, at least 0; each property draws from its own stream, so adding a spread leaves the others' alone. */
	private static double factor(GrainsInput grains, GrainProperty property, CounterRandom random, int grain) {
		double spread = grains.spread(property);
		return spread == 0 ? 1 : Math.max(0, 1 + spread * random.normal(1 + property.ordinal(), grain));
	}

	FilmLayerInput film() {
		return film;
	}

	Regions regions() {
		return regions;
	}

	List<MagnetMaterialInput> materials() {
		return materials;
	}

	/** "track", "track.notch", "track.grain-12": the region names of the region map. */
	List<String> names() {
		return names;
	}

	/** The region's material of a cell, null for a cell with none (outside the film, in a hole). */
	MagnetMaterialInput materialOf(int cell) {
		int r = regions.of(cell);
		return r < 0 ? null : materials.get(r);
	}
}
