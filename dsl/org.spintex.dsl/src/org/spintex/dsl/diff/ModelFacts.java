package org.spintex.dsl.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.spintex.dsl.catalog.Outlines;
import org.spintex.dsl.catalog.PropertySpec;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Import;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Outline;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.Sweep;
import org.spintex.dsl.spintex.Text;
import org.spintex.dsl.spintex.Value;
import org.spintex.dsl.spintex.VectorQuantity;
import org.spintex.dsl.spintex.Words;
import org.spintex.dsl.units.QuantityKind;
import org.spintex.dsl.units.SiValues;
import org.spintex.dsl.units.UnitSyntax;

/**
 * A device file as physics rather than text: each material (its own and those it imports, followed transitively) and
 * each part of each device, with its facts — every property in SI, shown in one canonical unit per kind, every
 * structural setting (a film's material, a region's outline as the shape it means, a study's links and sweeps). Two
 * files that say the same thing in other units, order or layout have the same facts; {@link ModelDiff} compares them.
 */
public final class ModelFacts {

	/** A material or a part of a device: where it lives, what it is, and its facts by key. */
	public record Part(String device, String kind, String name, String file, Map<String, Fact> facts) {

		/** "material Cobalt", "device Track › film track". */
		public String path() {
			return (device == null ? "" : "device " + device + " › ") + kind + (name.isEmpty() ? "" : " " + name);
		}

		/** The key that finds the same part in another version: device, kind and name. */
		public String key() {
			return device + "/" + kind + "/" + name;
		}
	}

	/**
	 * One fact: how it reads in canonical units; its SI components when it is a quantity (compared within a relative
	 * 1e-9, so that 1000 nm equals 1 um); the name it refers to when it is a reference (renames are translated); or the
	 * identity it is compared by when its text may differ for the same meaning (an outline, by the shape it describes).
	 */
	public record Fact(String shown, double[] si, String reference, String identity) {

		static Fact text(String shown) {
			return new Fact(shown, null, null, null);
		}

		static Fact reference(String name) {
			return new Fact(name, null, name, null);
		}

		static Fact quantity(String shown, double[] si) {
			return new Fact(shown, si, null, null);
		}

		/** Whether this fact says the same as {@code other}, with {@code renamed} applied to this side's references. */
		public boolean same(Fact other, Map<String, String> renamed) {
			if (si != null && other.si != null && si.length == other.si.length) {
				for (int i = 0; i < si.length; i++) {
					double scale = Math.max(Math.abs(si[i]), Math.abs(other.si[i]));
					if (Math.abs(si[i] - other.si[i]) > 1e-9 * scale) {
						return false;
					}
				}
				return true;
			}
			if (reference != null && other.reference != null) {
				return renamed.getOrDefault(reference, reference).equals(other.reference);
			}
			if (identity != null && other.identity != null) {
				return identity.equals(other.identity);
			}
			return shown.equals(other.shown) && (si == null) == (other.si == null);
		}

		/** The relative change from this quantity to {@code other}, when both are one finite non-zero number. */
		public java.util.OptionalDouble relativeChange(Fact other) {
			if (si == null || other.si == null || si.length != 1 || other.si.length != 1 || si[0] == 0
					|| !Double.isFinite(si[0]) || !Double.isFinite(other.si[0])) {
				return java.util.OptionalDouble.empty();
			}
			return java.util.OptionalDouble.of((other.si[0] - si[0]) / Math.abs(si[0]));
		}
	}

	private final List<Part> parts;

	private ModelFacts(List<Part> parts) {
		this.parts = List.copyOf(parts);
	}

	public List<Part> parts() {
		return parts;
	}

	/** The facts of {@code model}: its imported materials first (in import order), then its own elements. */
	public static ModelFacts of(Model model) {
		List<Part> parts = new ArrayList<>();
		Set<Resource> seen = new LinkedHashSet<>();
		imported(model, seen, parts);
		String file = fileName(model.eResource());
		for (EObject element : model.getElements()) {
			if (element instanceof Material material) {
				parts.add(new Part(null, "material", material.getName(), file, facts(material)));
			} else if (element instanceof Device device) {
				if (device.getDescription() != null) {
					parts.add(new Part(device.getName(), "description", "", file,
							Map.of("description", Fact.text('"' + device.getDescription() + '"'))));
				}
				for (EObject part : device.getParts()) {
					parts.add(new Part(device.getName(), kind(part), name(part), file, facts(part)));
				}
			}
		}
		return new ModelFacts(parts);
	}

	/** The materials of the files {@code model} imports, transitively, each file once. */
	private static void imported(Model model, Set<Resource> seen, List<Part> parts) {
		Resource own = model.eResource();
		if (own == null || own.getResourceSet() == null) {
			return;
		}
		seen.add(own);
		for (Import anImport : model.getImports()) {
			org.eclipse.emf.common.util.URI uri = org.eclipse.emf.common.util.URI.createURI(anImport.getImportURI())
					.resolve(own.getURI());
			Resource resource;
			try {
				resource = own.getResourceSet().getResource(uri, true);
			} catch (RuntimeException unreadable) {
				continue; // the validator reports an import it cannot read
			}
			if (resource == null || seen.contains(resource) || resource.getContents().isEmpty()) {
				continue;
			}
			Model other = (Model) resource.getContents().get(0);
			imported(other, seen, parts);
			for (EObject element : other.getElements()) {
				if (element instanceof Material material) {
					parts.add(new Part(null, "material", material.getName(), fileName(resource), facts(material)));
				}
			}
		}
	}

	private static String fileName(Resource resource) {
		return resource == null ? "" : resource.getURI().lastSegment();
	}

	/** "film", "region", "coupling", … : the element's keyword. */
	private static String kind(EObject part) {
		return part.eClass().getName().toLowerCase(Locale.ROOT);
	}

	private static String name(EObject part) {
		EStructuralFeature name = part.eClass().getEStructuralFeature("name");
		return name == null ? "" : String.valueOf(part.eGet(name));
	}

	/** Every fact of an element, by reflection over its features, so that a new element or feature is compared too. */
	private static Map<String, Fact> facts(EObject element) {
		Map<String, Fact> facts = new LinkedHashMap<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			String key = feature.getName();
			if (key.equals("name") || !element.eIsSet(feature)) {
				continue;
			}
			Object value = element.eGet(feature);
			if (feature instanceof EAttribute) {
				facts.put(key, Fact.text(String.valueOf(value)));
			} else if (feature instanceof EReference reference && !reference.isContainment()) {
				facts.put(key, Fact.reference(name((EObject) value)));
			} else if (value instanceof Outline outline) {
				String written = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(
						org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(outline));
				String shape = Outlines.read(outline).shape().map(ModelFacts::canonicalShape).orElse(written);
				facts.put(key, new Fact(written, null, null, shape));
			} else if (value instanceof EList<?> list) {
				for (Object item : list) {
					if (item instanceof Property property) {
						property(element, key.equals("overrides") ? "sets " : "", property, facts);
					} else if (item instanceof Link link) {
						String role = link.getRole() + (link.getFilm() != null ? " in " + link.getFilm().getName() : "");
						String target = link.getTarget() == null ? "" : name(link.getTarget());
						// a role given twice (film bottom, film top) is one fact listing both
						Fact before = facts.get(role);
						facts.put(role, before == null ? Fact.reference(target) : Fact.text(before.shown() + ", " + target));
					} else if (item instanceof Sweep sweep) {
						facts.put("sweep " + sweepPath(sweep), sweep(sweep));
					}
				}
			}
		}
		return facts;
	}

	private static void property(EObject element, String prefix, Property property, Map<String, Fact> facts) {
		String key = prefix + property.getName() + (property.getQualifier() != null ? " " + property.getQualifier() : "");
		Optional<QuantityKind> kind = Schemas.of(element).flatMap(s -> s.property(property.getName())).map(PropertySpec::kind);
		facts.put(key, value(property.getValue(), kind.orElse(null)));
		if (property.getDirection() != null) {
			facts.put(key + " along", value(property.getDirection(), null));
		}
	}

	private static String sweepPath(Sweep sweep) {
		var path = sweep.getParameter();
		return (path.isEnvironment() ? "environment" : name(path.getOwner())) + "." + path.getProperty();
	}

	private static Fact sweep(Sweep sweep) {
		List<Double> si = new ArrayList<>();
		String shown;
		if (sweep.getRange() != null) {
			var range = sweep.getRange();
			Fact from = value(range.getFrom(), null), to = value(range.getTo(), null);
			si.add(from.si()[0]);
			si.add(to.si()[0]);
			si.add((double) range.getPoints());
			shown = (range.getSpacing() == org.spintex.dsl.spintex.Spacing.LOG ? "log " : "") + "from " + from.shown() + " to "
					+ to.shown() + " in " + range.getPoints() + " points";
			si.add(range.getSpacing() == org.spintex.dsl.spintex.Spacing.LOG ? 1.0 : 0.0);
		} else {
			List<String> values = new ArrayList<>();
			for (Quantity q : sweep.getList().getValues()) {
				Fact v = value(q, null);
				values.add(v.shown());
				si.add(v.si()[0]);
			}
			shown = "over " + String.join(", ", values);
		}
		return Fact.quantity(shown, si.stream().mapToDouble(Double::doubleValue).toArray());
	}

	/** A value in SI and as shown in the canonical unit of its kind (the catalog's, else the one its unit measures). */
	static Fact value(Value value, QuantityKind kind) {
		if (value instanceof Quantity q) {
			double si = SiValues.of(q);
			String unit = displayUnit(q.getUnit(), kind);
			return Fact.quantity(number(si / SiValues.factor(unit)) + (unit == null ? "" : " " + unit), new double[] { si });
		}
		if (value instanceof VectorQuantity v) {
			double[] si = SiValues.of(v);
			String unit = displayUnit(v.getUnit(), kind);
			double f = SiValues.factor(unit);
			String shown = "(" + number(si[0] / f) + ", " + number(si[1] / f) + (v.isSpatial() ? ", " + number(si[2] / f) : "") + ")"
					+ (unit == null ? "" : " " + unit);
			return Fact.quantity(shown, v.isSpatial() ? si : new double[] { si[0], si[1] });
		}
		if (value instanceof Words w) {
			return Fact.text(String.join(", ", w.getWords()));
		}
		if (value instanceof Text t) {
			return Fact.text('"' + t.getText() + '"');
		}
		return Fact.text("");
	}

	/** The typical unit of the quantity's kind ("nm" for any length), or the unit as written if no kind measures it. */
	private static String displayUnit(String written, QuantityKind kind) {
		if (written == null) {
			return null;
		}
		QuantityKind measured = kind != null && kind.acceptsWritten(written) ? kind : null;
		if (measured == null) {
			for (QuantityKind k : QuantityKind.values()) {
				if (k.siSymbol() != null && k.acceptsWritten(written)) {
					measured = k;
					break;
				}
			}
		}
		if (measured == null || measured.typicalUnit() == null) {
			return written;
		}
		try {
			UnitSyntax.parse(measured.typicalUnit());
			return measured.typicalUnit();
		} catch (RuntimeException e) {
			return written;
		}
	}

	/** Six significant digits, no trailing zeros: 1.2, 0.0004, 1.5e+12. */
	static String number(double value) {
		if (value == 0) {
			return "0";
		}
		double magnitude = Math.abs(value);
		String text = magnitude >= 1e-4 && magnitude < 1e7 ? new java.math.BigDecimal(String.format(Locale.ROOT, "%.6g", value))
				.stripTrailingZeros().toPlainString() : String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+e", "e");
		return text;
	}

	/** A shape's record text with every number to twelve significant digits: the same shape reads the same. */
	private static String canonicalShape(Object shape) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+\\.\\d+(E-?\\d+)?").matcher(shape.toString());
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, String.format(Locale.ROOT, "%.12g", Double.parseDouble(m.group())));
		}
		m.appendTail(out);
		return out.toString();
	}
}
