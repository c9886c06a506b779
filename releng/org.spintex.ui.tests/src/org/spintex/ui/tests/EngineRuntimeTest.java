package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spintex.engine.llg.fft.Butterflies;

/**
 * The engines as the workbench runs them: the demag FFT on SIMD registers. The product's eclipse.ini
 * adds the Vector API module to the JVM, Equinox exports its package from the system bundle, and the
 * engine bundle's dynamic import wires to it; if any link is missing the engine quietly falls back to
 * the (bit-identical, slower) scalar kernels, which only this test would notice.
 */
class EngineRuntimeTest {

	@Test
	void theDemagFftRunsOnSimdRegistersInTheWorkbench() {
		assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "eclipse.ini passes --add-modules=jdk.incubator.vector");
		assertEquals("VectorButterflies", Butterflies.fastest().getClass().getSimpleName(),
				"the engine bundle reaches jdk.incubator.vector through Equinox");
	}
}
