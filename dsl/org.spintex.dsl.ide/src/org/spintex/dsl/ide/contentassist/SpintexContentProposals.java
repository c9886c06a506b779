package org.spintex.dsl.ide.contentassist;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.spintex.dsl.catalog.ElementSchema;
import org.spintex.dsl.catalog.LinkSpec;
import org.spintex.dsl.catalog.OutlineKinds;
import org.spintex.dsl.catalog.PropertyCatalog;
import org.spintex.dsl.catalog.PropertySpec;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.ide.PropertyHover;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.SpintexPackage;
import org.spintex.dsl.units.QuantityKind;

import com.google.common.base.Predicate;

/**
 * Content assist from the PropertyCatalog: only the properties the element at hand accepts, the
 * kinds an element can be declared with, the words of a choice and the units of a quantity.
 */
public class SpintexContentProposals extends IdeContentProposalProvider {

	private static final Set<String> PROPERTY_NAMES = PropertyCatalog.propertyNames();

	/** Above every keyword and reference (Xtext's defaults are a few hundred). */
	private static final int UNIT_PRIORITY = 10_000;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		String rule = GrammarUtil.containingParserRule(assignment).getName();
		String feature = assignment.getFeature();
		List<String> words = switch (rule + "." + feature) {
		case "Texture.kind" -> PropertyCatalog.textureKinds();
		case "Drive.kind" -> PropertyCatalog.driveKinds();
		case "Potential.kind" -> PropertyCatalog.potentialKinds();
		case "Study.engine" -> PropertyCatalog.engines();
		case "Contact.edge" -> PropertyCatalog.EDGES;
		case "Reservoir.end" -> PropertyCatalog.WIRE_ENDS;
		case "Words.words" -> spec(context).map(PropertySpec::words).orElse(List.of());
		// a region's outline: the primitive shapes; in it, lengths (and angles after 'rotated')
		case "Primitive.kind" -> OutlineKinds.all().stream().map(OutlineKinds::kind).toList();
		case "Quantity.unit", "VectorQuantity.unit" -> inOutline(context) ? UnitProposals.of(QuantityKind.LENGTH) : units(context);
		// property names are identifiers, classes and roles keywords inside datatype rules: Xtext offers neither itself
		case "Property.name" -> schema(context).map(s -> s.properties().stream().map(PropertySpec::name).toList())
				.orElse(List.copyOf(PROPERTY_NAMES));
		case "Property.qualifier" -> spec(context).map(PropertySpec::qualifiers).orElse(List.of());
		case "Link.role" -> schema(context).map(s -> s.links().stream().map(l -> l.role()).toList()).orElse(List.of());
		default -> null;
		};
		if (words == null) {
			super._createProposals(assignment, context, acceptor);
			return;
		}
		boolean properties = (rule + "." + feature).equals("Property.name");
		boolean units = feature.equals("unit");
		int rank = words.size();
		for (String word : words) {
			ContentAssistEntry entry = getProposalCreator().createProposal(word, context);
			if (entry != null) {
				if (properties) {
					// the property's meaning beside its name, the whole hover text as documentation
					schema(context).flatMap(s -> s.property(word)).ifPresent(spec -> {
						entry.setDescription(spec.siUnit().isEmpty() ? spec.meaning() : spec.meaning() + " [" + spec.siUnit() + "]");
						entry.setDocumentation(PropertyHover.describe(spec));
					});
				}
				// after a number the unit is what is wanted: units come first, the likeliest on top
				acceptor.accept(entry, units ? UNIT_PRIORITY + rank-- : getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}

	/**
	 * A study's link offers only the parts of the kind its catalog entry names ({@code film} only films, {@code
	 * carriers} only textures), for every study kind, a plug-in's too; the validator says the same of a link written
	 * by hand.
	 */
	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		Predicate<IEObjectDescription> filter = super.getCrossrefFilter(reference, context);
		if (GrammarUtil.getReference(reference) != SpintexPackage.Literals.LINK__TARGET
				|| !(context.getCurrentModel() instanceof Link link)) {
			return filter;
		}
		Optional<String> target = Schemas.of(link.eContainer()).flatMap(schema -> schema.link(link.getRole())).map(LinkSpec::target);
		return target.<Predicate<IEObjectDescription>>map(kind -> d -> filter.apply(d) && d.getEClass().getName().equalsIgnoreCase(kind))
				.orElse(filter);
	}

	private static Optional<ElementSchema> schema(ContentAssistContext context) {
		EObject model = context.getCurrentModel();
		EObject owner = model instanceof Property || model instanceof org.spintex.dsl.spintex.Link ? model.eContainer()
				: model;
		return Schemas.of(owner);
	}

	/** True inside a region's outline, whose values are lengths (positions, sizes) or, after 'rotated', an angle. */
	private static boolean inOutline(ContentAssistContext context) {
		EObject model = context.getCurrentModel();
		return model instanceof org.spintex.dsl.spintex.Primitive || (model != null
				&& model.eContainer() instanceof org.spintex.dsl.spintex.Primitive);
	}

	/** The units of the property's kind ({@link UnitProposals}): pJ/m, J/m, fJ/m, … */
	private static List<String> units(ContentAssistContext context) {
		return spec(context).filter(p -> p.kind() != null).map(p -> UnitProposals.of(p.kind())).orElse(List.of());
	}

	private static Optional<PropertySpec> spec(ContentAssistContext context) {
		EObject model = context.getCurrentModel();
		while (model != null && !(model instanceof Property)) {
			model = model.eContainer();
		}
		if (model instanceof Property property && property.getName() != null) {
			return Schemas.spec(property);
		}
		return Optional.empty();
	}

}
