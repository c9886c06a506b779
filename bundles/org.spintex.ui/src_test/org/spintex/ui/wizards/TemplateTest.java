package org.spintex.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A template's description is its leading comment; its imports are what the wizard copies along. */
class TemplateTest {

	@Test
	void descriptionAndImportsComeFromTheText() {
		DeviceTemplates.Template template = new DeviceTemplates.Template("skyrmion-racetrack/push.spintex",
				"// A skyrmion pushed by the spin Hall current\n// of the Pt underneath.\nimport \"../materials/chiral-magnets.spintex\"\n\ndevice D { }\n");
		assertEquals("skyrmion-racetrack/push", template.name());
		assertEquals("skyrmion-racetrack", template.folder());
		assertEquals("A skyrmion pushed by the spin Hall current of the Pt underneath.", template.description());
		assertEquals(List.of("../materials/chiral-magnets.spintex"), template.imports());
	}

	/** Language 3: the file's language line may come before its description. */
	@Test
	void theDescriptionFollowsTheLanguageLine() {
		DeviceTemplates.Template template = new DeviceTemplates.Template("geometric-torque/fig2.spintex",
				"spintex 3\n\n// Seed 004 Fig. 2: one moment\n// on a single site.\n\ndevice D { }\n");
		assertEquals("Seed 004 Fig. 2: one moment on a single site.", template.description());
	}
}
