package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.SpintexPackage;
import org.spintex.dsl.validation.SpintexValidator;

/** The language inside Equinox, as the workbench loads it: bundle wiring, EMF registration, parsing. */
class SpintexLanguageOsgiTest {

	@Test
	void languageWorksInsideOsgi() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(SpintexLanguageOsgiTest.class);
		assertNotNull(bundle, "not running inside an OSGi framework");
		assertEquals("org.spintex.dsl", bundle.getSymbolicName());
		// the plugin.xml registration of the inferred metamodel
		assertEquals(SpintexPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(SpintexPackage.eNS_URI));
		Material material = (Material) DeviceFiles.parse("spintex 3\nmaterial Py { damping alpha = 0.01 }").getElements().get(0);
		assertEquals("Py", material.getName());
	}

	@Test
	void unitsAreCheckedInsideOsgi() throws Exception {
		// Indriya wired through Import-Package, as in the workbench
		assertEquals(List.of(), DeviceFiles.validate("spintex 3\nmaterial Py { exchange A = 13 pJ/m }"));
		List<Issue> issues = DeviceFiles.validate("spintex 3\nmaterial Py { exchange A = 13 mT }");
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(SpintexValidator.WRONG_DIMENSION, issues.get(0).getCode());
	}
}
