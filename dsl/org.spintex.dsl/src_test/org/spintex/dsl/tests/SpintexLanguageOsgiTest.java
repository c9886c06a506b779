package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.SpintexPackage;

/** The language inside Equinox, as the workbench loads it: bundle wiring, EMF registration, parsing. */
class SpintexLanguageOsgiTest {

	@Test
	void languageWorksInsideOsgi() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(SpintexLanguageOsgiTest.class);
		assertNotNull(bundle, "not running inside an OSGi framework");
		assertEquals("org.spintex.dsl", bundle.getSymbolicName());
		// the plugin.xml registration of the inferred metamodel
		assertEquals(SpintexPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(SpintexPackage.eNS_URI));
		Material material = (Material) DeviceFiles.parse("material Py { damping alpha = 0.01 }").getElements().get(0);
		assertEquals("Py", material.getName());
	}
}
