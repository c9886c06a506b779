package org.spintex.dsl.validation;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.catalog.PropertyCatalog;
import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Drive;
import org.spintex.dsl.spintex.Potential;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Environment;
import org.spintex.dsl.spintex.Reservoir;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Texture;
import org.spintex.dsl.spintex.VectorQuantity;

/** The kinds elements are declared with (texture kinds, engines, edges) exist; a device has one environment. */
public class ElementValidator extends AbstractDeclarativeValidator {

	public static final String UNKNOWN_KIND = "unknownKind";
	public static final String SECOND_ENVIRONMENT = "secondEnvironment";
	public static final String BAD_MESH = "badMesh";

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	/** A film's {@code mesh} counts cells: whole numbers ≥ 1 along x, y and z, as compiling it needs. */
	@Check
	public void checkMeshCounts(Property property) {
		if (!"mesh".equals(property.getName()) || !(property.getValue() instanceof VectorQuantity counts)) {
			return;
		}
		double[] values = { counts.getX(), counts.getY(), counts.getZ() };
		String[] axes = { "x", "y", "z" };
		for (int a = 0; a < 3; a++) {
			if (values[a] < 1 || values[a] != Math.rint(values[a])) {
				error(String.format(Locale.ROOT, "mesh counts cells: the number along %s must be a whole number ≥ 1, got %s; "
						+ "write e.g. mesh (128, 32, 1), or give the cell size with 'cell'", axes[a], format(values[a])),
						property, Literals.PROPERTY__VALUE, BAD_MESH);
				return;
			}
		}
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	@Check
	public void checkTextureKind(Texture texture) {
		known(texture, texture.getKind(), PropertyCatalog.textureKinds(), "texture kind", Literals.TEXTURE__KIND);
	}

	@Check
	public void checkDriveKind(Drive drive) {
		known(drive, drive.getKind(), PropertyCatalog.driveKinds(), "drive", Literals.DRIVE__KIND);
	}

	@Check
	public void checkPotentialKind(Potential potential) {
		known(potential, potential.getKind(), PropertyCatalog.potentialKinds(), "potential", Literals.POTENTIAL__KIND);
	}

	@Check
	public void checkEngine(Study study) {
		known(study, study.getEngine(), PropertyCatalog.engines(), "study engine", Literals.STUDY__ENGINE);
	}

	@Check
	public void checkEdge(Contact contact) {
		known(contact, contact.getEdge(), PropertyCatalog.EDGES, "film edge", Literals.CONTACT__EDGE);
	}

	@Check
	public void checkWireEnd(Reservoir reservoir) {
		known(reservoir, reservoir.getEnd(), PropertyCatalog.WIRE_ENDS, "wire end", Literals.RESERVOIR__END);
	}

	@Check
	public void checkSingleEnvironment(Device device) {
		device.getParts().stream().filter(Environment.class::isInstance).skip(1).forEach(extra -> error(
				"device " + device.getName() + " has one environment; merge its properties into the first", extra,
				null, SECOND_ENVIRONMENT));
	}

	private void known(EObject element, String written, List<String> allowed, String what, EStructuralFeature feature) {
		if (written != null && !allowed.contains(written)) {
			error("unknown " + what + " '" + written + "'; write one of " + String.join(", ", allowed), element, feature,
					UNKNOWN_KIND);
		}
	}
}
