package org.spintex.dsl.ide.contentassist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.spintex.dsl.units.QuantityKind;

/**
 * The units content assist offers after a number: the kind's typical unit, its SI unit, then the SI
 * prefixes from femto to tera on the unit's first factor (pJ/m, nJ/m, …; nm, um, mm, …), and for
 * energies the electronvolt with its prefixes. Every proposal is one the language accepts for that
 * kind (same dimension), so none of them is an error once chosen.
 */
public final class UnitProposals {

	private static final List<String> PREFIXES = List.of("f", "p", "n", "u", "m", "", "k", "M", "G", "T");

	private UnitProposals() {
	}

	/** The units for {@code kind}, the most likely first; none for a pure number. */
	public static List<String> of(QuantityKind kind) {
		if (kind == null || kind.siSymbol() == null) {
			return List.of();
		}
		Set<String> units = new LinkedHashSet<>();
		units.add(kind.typicalUnit());
		units.add(kind.siSymbol());
		if (kind == QuantityKind.ENERGY) {
			for (String prefix : List.of("u", "m", "", "k")) {
				units.add(prefix + "eV");
			}
		}
		for (String base : List.of(kind.typicalUnit(), kind.siSymbol())) {
			String first = base.split("[/*·^]", 2)[0];
			String rest = base.substring(first.length());
			String bare = unprefixed(first);
			for (String prefix : PREFIXES) {
				units.add(prefix + bare + rest);
			}
		}
		// a prefix that makes no unit of the kind is simply not offered
		return units.stream().filter(kind::acceptsWritten).toList();
	}

	/** "pJ" → "J", "kA" → "A", "um" → "m"; a symbol that is not prefixed stays as it is. */
	private static String unprefixed(String symbol) {
		for (String known : List.of("Ohm", "rad", "deg", "Hz", "eV", "J", "A", "m", "s", "T", "K", "V", "N", "S")) {
			if (symbol.endsWith(known) && PREFIXES.contains(symbol.substring(0, symbol.length() - known.length()))) {
				return known;
			}
		}
		return symbol;
	}
}
