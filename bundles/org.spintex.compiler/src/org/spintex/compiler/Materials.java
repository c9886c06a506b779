package org.spintex.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.spintex.core.math.Vector3;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.units.SiValues;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.ChoiceWord;
import org.spintex.input.DmiKind;
import org.spintex.input.MagnetMaterialInput;

/**
 * A material of the file → the one {@link MagnetMaterialInput} every engine reads: D in MuMax3's sign whatever the
 * file's convention, every anisotropy with its axis, Ms, γ and s tied by Ms = γ s ({@link SpinDensity}), and the
 * susceptibility when given. A winding battery's gate overrides some properties over its part of the wire.
 */
final class Materials {

	private Materials() {
	}

	/**
	 * @param overrides properties that replace the material's of the same name and class (a gate's {@code sets})
	 * @param exchangeOptional whether a material without exchange is fine (a macrospin has no neighbours)
	 */
	static MagnetMaterialInput of(List<Property> material, List<Property> overrides, boolean exchangeOptional) {
		List<Property> merged = new ArrayList<>(overrides);
		material.stream().filter(p -> overrides.stream().noneMatch(o -> o.getName().equals(p.getName())
				&& Objects.equals(o.getQualifier(), p.getQualifier()))).forEach(merged::add);
		SiProperties m = new SiProperties(merged);
		List<AnisotropyInput> anisotropies = new ArrayList<>();
		DmiKind dmiClass = DmiKind.NONE;
		double dmi = 0;
		double dmiSign = m.word("dmi-convention").orElse("mumax").equals("inverted") ? -1 : 1;
		for (Property p : merged) {
			if (p.getName().equals("anisotropy") && p.getValue() instanceof Quantity q) {
				AnisotropyKind kind = p.getQualifier() == null ? AnisotropyKind.UNIAXIAL
						: ChoiceWord.of(AnisotropyKind.class, p.getQualifier());
				Vector3 axis = SiProperties.direction(p).orElse(kind == AnisotropyKind.CUBIC ? Vector3.UNIT_X : Vector3.UNIT_Z);
				anisotropies.add(new AnisotropyInput(kind, SiValues.of(q), axis));
			}
			if (p.getName().equals("dmi") && p.getValue() instanceof Quantity q) {
				dmiClass = p.getQualifier() == null ? DmiKind.INTERFACIAL : ChoiceWord.of(DmiKind.class, p.getQualifier());
				dmi = dmiSign * SiValues.of(q);
			}
		}
		double exchange = exchangeOptional ? m.get("exchange", 0) : m.require("exchange");
		SpinDensity spin = SpinDensity.of(m);
		// Ms given, or γ s when the material gives its spin density instead
		double ms = m.find("saturation").orElse(spin.gamma() * spin.spinDensity());
		return new MagnetMaterialInput(ms, exchange, m.require("damping"), spin.gamma(), anisotropies, dmiClass, dmi,
				m.optional("susceptibility"));
	}
}
