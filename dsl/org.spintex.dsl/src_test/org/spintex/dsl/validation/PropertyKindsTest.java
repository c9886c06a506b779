package org.spintex.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.SpintexFactory;
import org.spintex.dsl.spintex.SpintexPackage;

class PropertyKindsTest {

	/** A new quantity-valued property of the grammar must say which unit it expects. */
	@Test
	void everyQuantityValuedPropertyDeclaresItsKind() {
		for (var classifier : SpintexPackage.eINSTANCE.getEClassifiers()) {
			// supertypes of alternatives (MaterialProperty) are never instantiated by the parser
			if (!(classifier instanceof EClass owner) || owner.isAbstract() || hasSubtypes(owner)) {
				continue;
			}
			for (EReference reference : owner.getEAllContainments()) {
				if (reference.getEReferenceType() != SpintexPackage.Literals.QUANTITY) {
					continue;
				}
				EObject container = EcoreUtil.create(owner);
				Quantity quantity = SpintexFactory.eINSTANCE.createQuantity();
				container.eSet(reference, quantity);
				assertNotNull(PropertyKinds.of(quantity), owner.getName() + "." + reference.getName());
			}
		}
	}

	private static boolean hasSubtypes(EClass type) {
		return SpintexPackage.eINSTANCE.getEClassifiers().stream()
				.anyMatch(c -> c instanceof EClass other && other.getESuperTypes().contains(type));
	}
}
