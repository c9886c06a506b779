package org.spintex.toystudy;

import static org.spintex.dsl.catalog.PropertySpec.count;
import static org.spintex.dsl.catalog.PropertySpec.quantity;

import java.util.List;
import java.util.Set;

import org.spintex.compiler.SiProperties;
import org.spintex.compiler.StudyKindPlugin;
import org.spintex.dsl.catalog.ElementSchema;
import org.spintex.dsl.catalog.Range;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.units.QuantityKind;
import org.spintex.input.StudyEngine;

/**
 * A study kind from outside the core: {@code study NAME : larmor { applied-field … cone-angle … duration … }}, one
 * moment precessing and relaxing about a static field. Registered by the one line in this bundle's
 * {@code META-INF/services/org.spintex.dsl.catalog.StudyKind}; nothing else in Spintex names it.
 */
public final class LarmorStudyKind implements StudyKindPlugin {

	private static final int DEFAULT_STEPS = 2000;

	private static final ElementSchema SCHEMA = new ElementSchema("study " + LarmorInput.KIND,
			"one moment precessing about a static field along +z and relaxing towards it (a toy study kind from its own bundle)",
			List.of(quantity("applied-field", "B", QuantityKind.MAGNETIC_FIELD, Range.POSITIVE, "field µ0H along +z", ""),
					quantity("cone-angle", "theta0", QuantityKind.ANGLE, new Range(0, true, Math.PI, true, false),
							"initial angle between the moment and +z", ""),
					quantity("damping", "alpha", QuantityKind.DIMENSIONLESS, Range.NON_NEGATIVE, "Gilbert damping (default 0)", ""),
					quantity("duration", "tmax", QuantityKind.TIME, Range.POSITIVE, "simulated time", ""),
					count("steps", "", Range.COUNT, "fixed RK4 steps over the duration (default " + DEFAULT_STEPS + ")")),
			Set.of("applied-field", "cone-angle", "duration"), List.of(), List.of());

	@Override
	public String name() {
		return LarmorInput.KIND;
	}

	@Override
	public ElementSchema schema() {
		return SCHEMA;
	}

	@Override
	public LarmorInput compile(Device device, Study study) {
		SiProperties settings = new SiProperties(study.getProperties());
		return new LarmorInput(device.getName(), study.getName(), settings.require("applied-field"),
				settings.require("cone-angle"), settings.get("damping", 0), settings.require("duration"),
				(int) settings.get("steps", DEFAULT_STEPS));
	}

	@Override
	public StudyEngine<LarmorInput> engine() {
		return new LarmorPrecession();
	}
}
