package org.spintex.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Element;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Part;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.SpintexPackage.Literals;

/**
 * Names say one thing: the materials and devices of a file, the parts of a device, and the symbols and property
 * names of an element (what a sweep or {@code --set} path such as {@code left.P} addresses) are unique. A second
 * thing of the same name would make every link to it ambiguous — the first one silently won.
 */
public class NameValidator extends AbstractDeclarativeValidator {

	public static final String DUPLICATE_NAME = "duplicateName";
	public static final String DUPLICATE_SYMBOL = "duplicateSymbol";

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	/** Materials and devices of one file. */
	@Check
	public void checkUniqueElements(Model model) {
		unique(model.getElements(), "in this file");
	}

	/** The parts of a device (its environment has no name). */
	@Check
	public void checkUniqueParts(Device device) {
		unique(device.getParts(), "in device " + device.getName());
	}

	/** Within an element, a symbol names one property, and no other property's name. */
	@Check
	public void checkUniqueSymbols(EObject owner) {
		EStructuralFeature feature = owner.eClass().getEStructuralFeature("properties");
		if (feature == null || !feature.isMany()) {
			return;
		}
		@SuppressWarnings("unchecked")
		List<Property> properties = (List<Property>) owner.eGet(feature);
		Map<String, Property> names = new HashMap<>();
		properties.forEach(p -> names.putIfAbsent(p.getName(), p));
		Map<String, Property> symbols = new HashMap<>();
		for (Property p : properties) {
			String symbol = p.getSymbol();
			if (symbol == null) {
				continue;
			}
			Property first = symbols.putIfAbsent(symbol, p);
			if (first != null && first.getName().equals(p.getName())
					&& java.util.Objects.equals(first.getQualifier(), p.getQualifier())) {
				continue; // the property itself is written twice: that error says it
			}
			if (first != null) {
				// language 2 allowed it (two anisotropies both called K): a warning, and a sweep of the symbol is refused
				warning("symbol " + symbol + " already names " + first.getName() + " (line " + line(first) + "); give "
						+ p.getName() + " a symbol of its own, or a sweep of " + symbol + " cannot tell them apart", p,
						Literals.PROPERTY__SYMBOL, DUPLICATE_SYMBOL);
			} else if (names.containsKey(symbol) && names.get(symbol) != p) {
				error("symbol " + symbol + " is also the name of a property here; choose another symbol for " + p.getName(), p,
						Literals.PROPERTY__SYMBOL, DUPLICATE_SYMBOL);
			}
		}
	}

	private void unique(List<? extends EObject> elements, String scope) {
		Map<String, EObject> seen = new HashMap<>();
		for (EObject element : elements) {
			String name = name(element);
			if (name == null) {
				continue;
			}
			EObject first = seen.putIfAbsent(name, element);
			if (first != null) {
				error("there is already a " + kind(first) + " named " + name + " " + scope + " (line " + line(first)
						+ "); names are unique " + scope + ": rename one", element,
						element.eClass().getEStructuralFeature("name"), DUPLICATE_NAME);
			}
		}
	}

	private static String name(EObject element) {
		if (element instanceof Element e) {
			return e.getName();
		}
		return element instanceof Part && element.eClass().getEStructuralFeature("name") != null
				? (String) element.eGet(element.eClass().getEStructuralFeature("name"))
				: null;
	}

	/** "film", "texture", "material": the word the element is declared with. */
	private static String kind(EObject element) {
		return element.eClass().getName().toLowerCase(java.util.Locale.ROOT);
	}

	private static int line(EObject element) {
		var node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? 0 : node.getStartLine();
	}
}
