package org.spintex.dsl.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.spintex.Drive;
import org.spintex.dsl.spintex.Environment;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Gate;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Potential;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Reservoir;
import org.spintex.dsl.spintex.SpintexPackage;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Texture;
import org.spintex.dsl.spintex.Wire;
import org.spintex.dsl.spintex.Words;

/** Finds the catalog's schema of a model element, and a property's specification. */
public final class Schemas {

	private Schemas() {
	}

	/** The part {@code study} links as {@code role}, if it is a {@code type}. */
	public static <T extends EObject> Optional<T> linked(Study study, String role, Class<T> type) {
		return study.getLinks().stream().filter(l -> role.equals(l.getRole())).map(Link::getTarget)
				.filter(type::isInstance).map(type::cast).findFirst();
	}

	/** Every part {@code study} links as {@code role} that is a {@code type}, in the file's order. */
	public static <T extends EObject> java.util.List<T> linkedAll(Study study, String role, Class<T> type) {
		return study.getLinks().stream().filter(l -> role.equals(l.getRole())).map(Link::getTarget)
				.filter(type::isInstance).map(type::cast).toList();
	}

	/** The schema of {@code element}, empty when its kind (texture kind, engine, ...) is unknown. */
	public static Optional<ElementSchema> of(EObject element) {
		if (element instanceof Material) {
			return Optional.of(PropertyCatalog.material());
		} else if (element instanceof Film film) {
			return Optional.of(PropertyCatalog.film(word(film.getProperties(), "shape").orElse("box")));
		} else if (element instanceof Contact) {
			return Optional.of(PropertyCatalog.contact());
		} else if (element instanceof org.spintex.dsl.spintex.Coupling coupling) {
			return Optional.of(CouplingSides.ofRegions(coupling) ? PropertyCatalog.regionCoupling() : PropertyCatalog.coupling());
		} else if (element instanceof org.spintex.dsl.spintex.Region) {
			return Optional.of(PropertyCatalog.region());
		} else if (element instanceof org.spintex.dsl.spintex.Grains) {
			return Optional.of(PropertyCatalog.grains());
		} else if (element instanceof Texture texture) {
			return PropertyCatalog.texture(texture.getKind());
		} else if (element instanceof Reservoir) {
			return Optional.of(PropertyCatalog.reservoir());
		} else if (element instanceof Wire) {
			return Optional.of(PropertyCatalog.wire());
		} else if (element instanceof Gate) {
			return Optional.of(PropertyCatalog.gate());
		} else if (element instanceof Drive drive) {
			return PropertyCatalog.drive(drive.getKind());
		} else if (element instanceof Potential potential) {
			return PropertyCatalog.potential(potential.getKind());
		} else if (element instanceof Environment) {
			return Optional.of(PropertyCatalog.environment());
		} else if (element instanceof Study study) {
			return PropertyCatalog.study(study.getEngine());
		}
		return Optional.empty();
	}

	/** The specification of {@code property} where it stands, empty when its owner does not accept it. */
	public static Optional<PropertySpec> spec(Property property) {
		if (property.eContainingFeature() == SpintexPackage.Literals.GATE__OVERRIDES) {
			return gateOverridable().stream().filter(p -> p.name().equals(property.getName())).findFirst();
		}
		return of(property.eContainer()).flatMap(schema -> schema.property(property.getName()));
	}

	/** What a gate may switch: the properties of a film's material and of the film. */
	public static List<PropertySpec> gateOverridable() {
		List<PropertySpec> all = new ArrayList<>(PropertyCatalog.material().properties());
		all.addAll(PropertyCatalog.film("box").properties());
		return all;
	}

	/**
	 * The spec of the property that {@code name} (a property name or a symbol, as in
	 * {@code magnet.length} or {@code CuOSeFilm.D}) denotes on {@code owner}.
	 */
	public static Optional<Property> find(List<Property> properties, String name) {
		return properties.stream().filter(p -> p.getName().equals(name)).findFirst()
				.or(() -> properties.stream().filter(p -> name.equals(p.getSymbol())).findFirst());
	}

	/** The word a choice property is set to among {@code properties}. */
	public static Optional<String> word(List<Property> properties, String name) {
		return properties.stream().filter(p -> p.getName().equals(name) && p.getValue() instanceof Words)
				.map(p -> ((Words) p.getValue()).getWords().get(0)).findFirst();
	}

	/** The words of a list property among {@code properties} ({@code periodic x, y} → [x, y]). */
	public static Optional<List<String>> words(List<Property> properties, String name) {
		return find(properties, name).filter(p -> p.getValue() instanceof Words).map(p -> List.copyOf(((Words) p.getValue()).getWords()));
	}
}
