package org.spintex.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.catalog.StudyKind;
import org.spintex.dsl.catalog.StudyKinds;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Environment;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Part;
import org.spintex.dsl.spintex.Study;

/**
 * A part that no study of its device reads is said so ("gate g is not used by study relax (micromagnetic)"): it was
 * silently dropped, which hides a wrong link or a study of the wrong kind.
 */
public class PartUseValidator extends AbstractDeclarativeValidator {

	public static final String UNUSED_PART = "unusedPart";

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	@Check
	public void checkEveryPartIsUsed(Device device) {
		List<Study> studies = device.getParts().stream().filter(Study.class::isInstance).map(Study.class::cast).toList();
		if (studies.isEmpty()) {
			return; // a device without studies is a description to be studied later
		}
		Set<Part> used = new HashSet<>();
		for (Study study : studies) {
			Optional<StudyKind> kind = StudyKinds.named(study.getEngine());
			if (kind.isEmpty()) {
				return; // an unknown engine: its own error says so, and nothing is known of what it reads
			}
			study.getLinks().stream().map(Link::getTarget).filter(Part.class::isInstance).map(Part.class::cast)
					.forEach(used::add);
			used.addAll(kind.get().partsRead(study, device));
		}
		for (Part part : device.getParts()) {
			if (part instanceof Study || part instanceof Environment || used.contains(part)) {
				continue;
			}
			String name = (String) part.eGet(part.eClass().getEStructuralFeature("name"));
			warning(part.eClass().getName().toLowerCase(Locale.ROOT) + " " + name + " is not used by " + describe(studies)
					+ "; link it from a study that reads it, or remove it", part, part.eClass().getEStructuralFeature("name"),
					UNUSED_PART);
		}
	}

	/** "study relax (micromagnetic)" or "any study of this device (relax, push)". */
	private static String describe(List<Study> studies) {
		if (studies.size() == 1) {
			return "study " + studies.get(0).getName() + " (" + studies.get(0).getEngine() + ")";
		}
		List<String> names = new ArrayList<>();
		studies.forEach(s -> names.add(s.getName()));
		return "any study of this device (" + String.join(", ", names) + ")";
	}
}
