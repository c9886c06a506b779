package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spintex.input.Axis;
import org.spintex.input.InitialStateInput;
import org.spintex.input.InterfaceModel;
import org.spintex.input.SpinOrbitInput;

/** The seed 003 examples compile to a single-cell film with its interface, in SI. */
class SpinOrbitCompilerTest {

	@Test
	void theFilmOnATopologicalInsulatorIsOneCellOfItsSize() {
		SpinOrbitInput in = (SpinOrbitInput) ExampleFiles.compile(ExampleFiles.example("spin-orbit/ti-surface-portrait.spintex"))
				.get(0).input();
		assertEquals(1, in.macrospin().film().nx() * in.macrospin().film().ny() * in.macrospin().film().nz());
		assertEquals(50e-9, in.macrospin().film().cellXMetre(), 1e-21);
		assertEquals(1e-9, in.macrospin().film().cellZMetre(), 1e-21);
		assertEquals(InterfaceModel.TI_SURFACE, in.interfaceModel());
		assertEquals(1, in.exchangeRatio());
		assertEquals(0.5e-9, in.latticeConstantMetre().orElseThrow(), 1e-21);
		assertEquals(150e3, in.electricFieldVoltPerMetre(), 1e-6);
		assertEquals(4e-9, in.durationSeconds(), 1e-21);
		assertEquals(6, in.portraitPoints());
		assertEquals(Axis.Z, in.portraitAxis());
		assertEquals(false, in.macrospin().demag());
		InitialStateInput.Uniform start = (InitialStateInput.Uniform) in.macrospin().initialState();
		assertEquals(0.93, start.direction().z(), 1e-12);
	}

	@Test
	void theEdgeWireCarriesBothAnisotropies() {
		SpinOrbitInput in = (SpinOrbitInput) ExampleFiles.compile(ExampleFiles.example("spin-orbit/ti-edge-switching.spintex"))
				.get(0).input();
		assertEquals(InterfaceModel.TI_EDGE, in.interfaceModel());
		assertEquals(Axis.Y, in.portraitAxis());
		assertEquals(2, in.macrospin().material().anisotropies().size());
		// the wire's cross-section, 2 nm × 2 nm, is the cell's
		assertEquals(4e-18, in.macrospin().film().cellYMetre() * in.macrospin().film().cellZMetre(), 1e-30);
	}
}
