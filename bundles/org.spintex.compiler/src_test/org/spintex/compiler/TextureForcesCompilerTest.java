package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.input.CollectivePotentialInput;
import org.spintex.input.CurrentInput;
import org.spintex.input.GroundStateSearch;
import org.spintex.input.TextureForcesInput;

/** The seed 002 examples compile to a texture stage, its electrons and the potentials on its centre, in SI. */
class TextureForcesCompilerTest {

	@Test
	void skyrmionOnATrackWithADefect() {
		List<CompiledPoint> points = ExampleFiles.compile(ExampleFiles.example("texture-forces/skyrmion-hall.spintex"));
		TextureForcesInput in = (TextureForcesInput) points.get(0).input();
		// the texture stage: minimized at zero temperature, then run by rk45 for the check, without demag as asked
		assertEquals(GroundStateSearch.Method.MINIMIZE, in.texture().groundState().method());
		assertEquals(0.3e-9, in.texture().durationSeconds(), 1e-24);
		assertEquals(org.spintex.input.IntegratorKind.RK45, in.texture().integrator());
		assertEquals(1e-6, in.texture().tolerance());
		assertEquals(false, in.texture().demag());
		CurrentInput current = in.texture().currents().get(0);
		assertEquals(3e11, current.currentDensity().x(), 1);
		assertEquals(0.1, current.beta());
		// 11 nm^-1, 20 µΩ cm
		assertEquals(11e9, in.electrons().orElseThrow().fermiWavevectorPerMetre(), 1e-3);
		assertEquals(20e-8, in.electrons().orElseThrow().resistivityOhmMetre(), 1e-20);
		// the track: 40 nm wide about the sheet's centre line y = 28 nm; the defect where it was put
		CollectivePotentialInput.TrackEdges track = assertInstanceOf(CollectivePotentialInput.TrackEdges.class, in.potentials().get(0));
		assertEquals(8e-9, track.lowerEdgeYMetre(), 1e-21);
		assertEquals(48e-9, track.upperEdgeYMetre(), 1e-21);
		assertEquals(0.5 * 1.602176634e-19, track.barrierJoule(), 1e-30);
		CollectivePotentialInput.PinningSite defect = assertInstanceOf(CollectivePotentialInput.PinningSite.class, in.potentials().get(1));
		assertEquals(-60e-9, defect.centreXMetre(), 1e-21);
		assertEquals(2e-3 * 1.602176634e-19, defect.depthJoule(), 1e-33);
		assertEquals(30e-9 / 600, in.outputEverySecond(), 1e-22);
		assertTrue(in.timeStepSeconds().isEmpty(), "no time-step: the engine chooses it");
	}

	@Test
	void vortexInADiskFeelsTheEnvironmentsTemperature() {
		TextureForcesInput in = (TextureForcesInput) ExampleFiles.compile(ExampleFiles.example("texture-forces/vortex-gyration.spintex"))
				.get(0).input();
		assertEquals(300, in.temperatureKelvin());
		// the thermal force acts on the centre only: the texture stage stays at zero temperature
		assertEquals(0, in.texture().temperatureKelvin());
		assertEquals(7, in.seed());
		CollectivePotentialInput.HarmonicWell well = assertInstanceOf(CollectivePotentialInput.HarmonicWell.class, in.potentials().get(0));
		// by default at the film's centre
		assertEquals(80e-9, well.centreXMetre(), 1e-21);
		assertEquals(80e-9, well.centreYMetre(), 1e-21);
		assertEquals(1.1e-3, well.stiffnessNewtonPerMetre(), 1e-15);
		assertEquals(0, in.micromagneticCheckSeconds());
	}
}
