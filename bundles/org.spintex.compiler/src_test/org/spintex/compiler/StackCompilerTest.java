package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.geometry.PlaneShape;
import org.spintex.core.math.Vector3;
import org.spintex.input.FilmLayerInput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.InterlayerCouplingInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.RegionCouplingInput;
import org.spintex.input.RegionInput;

/**
 * The synthetic-antiferromagnet example compiles to a stack of two films in one mesh with their coupling, in SI; the
 * thermal-nucleation example to a region of chosen grains and a coupling of regions.
 */
class StackCompilerTest {

	@Test
	void twoFilmsAcrossASpacerAreOneMeshOfThreeLayers() {
		List<CompiledPoint> points = ExampleFiles.compile(ExampleFiles.example("stacks/synthetic-antiferromagnet.spintex"));
		assertEquals(3, points.size());
		MicromagneticInput in = (MicromagneticInput) points.get(0).input();
		assertTrue(in.stack());
		assertEquals(3, in.film().nz());
		assertEquals(1e-9, in.film().cellZMetre(), 1e-24);
		assertEquals(16, in.film().nx());
		FilmLayerInput bottom = in.films().get(0), top = in.films().get(1);
		assertEquals("bottom", bottom.film());
		assertEquals(0, bottom.firstLayer());
		assertEquals(1, bottom.layerCount());
		assertEquals("top", top.film());
		assertEquals(2, top.firstLayer());
		assertEquals(1, top.layerCount());
		assertEquals(1.4e6, top.material().msAmperePerMetre(), 1e-6);
		assertEquals(new Vector3(0.1, 1, 0), ((InitialStateInput.Uniform) bottom.initialState().orElseThrow()).direction());
		assertEquals(new Vector3(0.1, -1, 0), ((InitialStateInput.Uniform) top.initialState().orElseThrow()).direction());
		assertEquals(List.of(new InterlayerCouplingInput("ruthenium", "bottom", "top", -1e-3, 0)), in.couplings());
		// the sweep reaches the coupling by its symbol
		assertEquals(-0.5e-3, ((MicromagneticInput) points.get(1).input()).couplings().get(0).bilinearJPerM2(), 1e-18);
		assertEquals(new Vector3(0.5, 0, 0), in.staticFieldTesla());
	}

	@Test
	void aRegionOfChosenGrainsAndItsCouplingCompile() {
		List<CompiledPoint> points = ExampleFiles.compile(ExampleFiles.example("granular/thermal-nucleation.spintex"));
		assertEquals(2, points.size());
		MicromagneticInput in = (MicromagneticInput) points.get(1).input();
		FilmLayerInput cobalt = in.films().get(0);
		RegionInput weak = cobalt.regions().get(0);
		// the film's plane in whole cells (64 of 2 nm), the grains' size and seed, periodic along x and y
		assertEquals(new PlaneShape.ChosenGrains(128e-9, 128e-9, 16e-9, 11, true, true, List.of(5, 23, 40)), weak.outline());
		assertEquals(0.02e6, weak.material().orElseThrow().anisotropies().get(0).kJPerM3(), 1e-6);
		assertEquals(List.of(new RegionCouplingInput("cobalt", "weak", 0.3)), cobalt.regionCouplings());
		assertEquals(List.of(), in.couplings(), "a coupling of regions is no interlayer coupling");
		assertEquals(300, in.temperatureKelvin(), 1e-12);
	}
}
