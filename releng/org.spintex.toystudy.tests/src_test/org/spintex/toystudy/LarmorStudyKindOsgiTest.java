package org.spintex.toystudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.spintex.compiler.StudyKindPlugin;
import org.spintex.compiler.StudyKindPlugins;
import org.spintex.core.results.MemorySink;
import org.spintex.core.results.RunControl;
import org.spintex.dsl.catalog.PropertyCatalog;
import org.spintex.dsl.catalog.StudyKinds;
import org.spintex.input.EngineContext;
import org.spintex.input.StudyEngines;

/**
 * Inside Equinox, where every bundle has its own class loader, as in the workbench: the language finds the toy kind
 * that this bundle registers, the compiler layer its engine, and the input layer the engine that the micromagnetic
 * engine's bundle registers.
 */
class LarmorStudyKindOsgiTest {

	@Test
	void registrationsAreReadFromEveryBundle() {
		assertNotNull(FrameworkUtil.getBundle(LarmorStudyKindOsgiTest.class), "not running inside an OSGi framework");
		assertInstanceOf(StudyKindPlugin.class, StudyKinds.named("larmor").orElseThrow());
		assertTrue(PropertyCatalog.engines().containsAll(List.of("micromagnetic", "larmor")), PropertyCatalog.engines()::toString);
		assertTrue(StudyEngines.all().keySet().stream().anyMatch(type -> type.getSimpleName().equals("MicromagneticInput")),
				() -> "the llg bundle's StudyEngine registration: " + StudyEngines.all().keySet());

		LarmorInput input = new LarmorInput("Toy", "spin", 0.1, 0, 0, 1e-10, 10);
		MemorySink sink = new MemorySink();
		StudyKindPlugins.engine(input).orElseThrow()
				.run(input, new EngineContext(sink, RunControl.NONE, 1, java.util.Optional.empty(), path -> null));
		assertEquals(0, sink.scalar("final-polar-angle"), 1e-15, "a moment along the field stays there");
	}
}
