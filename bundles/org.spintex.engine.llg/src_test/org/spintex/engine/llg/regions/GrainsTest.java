package org.spintex.engine.llg.regions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.results.MemorySink;
import org.spintex.core.geometry.PlaneShape;
import org.spintex.core.geometry.VoronoiGrains;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.DmiKind;
import org.spintex.input.FilmLayerInput;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.FilmShape;
import org.spintex.input.GrainProperty;
import org.spintex.input.GrainsInput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.RegionInput;

/**
 * Grains: the same seed gives the same map and the same grain properties on one thread and on two; the mean grain area
 * is the requested size² within 10 %; each grain is one connected piece nearest its seed point; the anisotropy spread
 * over many grains has the requested relative standard deviation; a region of chosen grains takes their cells.
 */
class GrainsTest {

	private static final double NM = 1e-9;
	private static final MagnetMaterialInput COBALT = new MagnetMaterialInput(1.1e6, 15e-12, 0.1, PhysicalConstants.GAMMA0_DEFAULT,
			List.of(new AnisotropyInput(AnisotropyKind.UNIAXIAL, 0.8e6, Vector3.UNIT_Z)), DmiKind.NONE, 0);

	private static MicromagneticInput granular(double size, long seed) {
		FilmMeshInput mesh = new FilmMeshInput(200, 160, 1, NM, NM, NM, FilmShape.BOX, 0, false, false);
		GrainsInput grains = new GrainsInput(size, seed, List.of(new GrainsInput.Spread(GrainProperty.ANISOTROPY, 0.05)), 0.9);
		FilmLayerInput film = new FilmLayerInput("film", COBALT, 0, 1, Optional.empty(), List.of(), List.of(), Optional.of(grains));
		return MicromagneticInput.builder("Grains", "map", mesh, COBALT, new InitialStateInput.Uniform(Vector3.UNIT_Z))
				.films(List.of(film)).demag(false).build();
	}

	private static double[] regionMap(MicromagneticInput input, int threads) {
		MemorySink sink = new MemorySink();
		try (CellLoops loops = new CellLoops(threads)) {
			new MicromagneticSystem(input, loops).writeRegions(sink);
		}
		FieldSnapshot map = sink.field("regions").orElseThrow();
		return map.components()[0];
	}

	@Test
	void theSameSeedGivesTheSameGrainsOnAnyNumberOfThreads() {
		MicromagneticInput input = granular(10 * NM, 42);
		assertArrayEquals(regionMap(input, 1), regionMap(input, 2));
		assertTrue(!java.util.Arrays.equals(regionMap(input, 1), regionMap(granular(10 * NM, 43), 1)), "another seed, other grains");
	}

	@Test
	void theMeanGrainAreaIsTheRequestedOne() {
		for (double size : new double[] { 8 * NM, 15 * NM }) {
			double[] map = regionMap(granular(size, 7), 1);
			long grains = java.util.Arrays.stream(map).distinct().filter(v -> v > 0).count();
			double mean = map.length * NM * NM / grains;
			assertEquals(size * size, mean, 0.10 * size * size, "mean grain area for size " + size / NM + " nm");
		}
	}

	@Test
	void everyPointBelongsToItsNearestSeedAndTheSpreadIsTheRequestedOne() {
		VoronoiGrains voronoi = new VoronoiGrains(200 * NM, 160 * NM, 10 * NM, 7, false, false);
		// the bucketed search agrees with a search over every seed point
		java.util.Random probe = new java.util.Random(1);
		for (int t = 0; t < 2000; t++) {
			double x = probe.nextDouble() * 200 * NM, y = probe.nextDouble() * 160 * NM;
			assertEquals(bruteForce(voronoi, x, y), voronoi.grainAt(x, y));
		}
		// K = K₀(1 + 0.05 g) over the grains: mean K₀, relative deviation 0.05 (320 grains: within 0.01)
		MemorySink sink = new MemorySink();
		try (CellLoops loops = CellLoops.sequential()) {
			new MicromagneticSystem(granular(10 * NM, 7), loops).writeRegions(sink);
		}
		List<Object[]> regions = sink.labelledTable("regions");
		assertTrue(regions.size() > 300, "grains: " + regions.size());
		double[] k = regions.stream().mapToDouble(r -> ((Number) r[6]).doubleValue() / 0.8e6 - 1).toArray();
		double mean = java.util.Arrays.stream(k).average().orElseThrow();
		double deviation = Math.sqrt(java.util.Arrays.stream(k).map(v -> (v - mean) * (v - mean)).sum() / (k.length - 1));
		assertEquals(0, mean, 0.01, "mean of K/K0 - 1");
		assertEquals(0.05, deviation, 0.01, "relative spread of K");
	}

	@Test
	void aRegionOfChosenGrainsTakesExactlyTheirCells() {
		MicromagneticInput grainsOnly = granular(10 * NM, 7);
		double[] before = regionMap(grainsOnly, 1);
		int grainCount = (int) java.util.Arrays.stream(before).max().orElseThrow();
		// the tessellation the language builds for grain(7, 12): the film's plane, the grains' size and seed
		PlaneShape chosen = new PlaneShape.ChosenGrains(200 * NM, 160 * NM, 10 * NM, 7, false, false, List.of(12, 7));
		MagnetMaterialInput soft = new MagnetMaterialInput(0.5e6, 15e-12, 0.1, PhysicalConstants.GAMMA0_DEFAULT, List.of(),
				DmiKind.NONE, 0);
		FilmLayerInput base = grainsOnly.films().get(0);
		FilmLayerInput film = new FilmLayerInput(base.film(), base.material(), 0, 1, Optional.empty(), List.of(),
				List.of(new RegionInput("soft-grains", chosen, Optional.of(soft), 1)), base.grains());
		double[] after = regionMap(MicromagneticInput.builder("Grains", "chosen", grainsOnly.film(), COBALT,
				new InitialStateInput.Uniform(Vector3.UNIT_Z)).films(List.of(film)).demag(false).build(), 1);
		int taken = 0;
		for (int c = 0; c < before.length; c++) {
			boolean inChosen = before[c] == 7 || before[c] == 12;
			assertEquals(inChosen ? grainCount + 1 : before[c], after[c], "cell " + c);
			taken += inChosen ? 1 : 0;
		}
		assertTrue(taken > 50, "the two grains hold " + taken + " cells");
		assertEquals(List.of(7, 12), ((PlaneShape.ChosenGrains) chosen).numbers());
	}

	/** The nearest seed point by brute force, read back through grainAt's own points at the seed positions. */
	private static int bruteForce(VoronoiGrains voronoi, double x, double y) {
		int best = -1;
		double bestDistance = Double.POSITIVE_INFINITY;
		for (int g = 0; g < voronoi.count(); g++) {
			double[] p = voronoi.point(g);
			double d = (p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y);
			if (d < bestDistance) {
				bestDistance = d;
				best = g;
			}
		}
		return best;
	}
}
