package org.spintex.ui.views.torque;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a table column is shown on an axis: its name and a unit that suits its values, with the factor
 * from the column's SI unit. Times go to ps, ns or µs, lengths to nm or µm, energies to meV or eV
 * (1 eV = 1.602176634e-19 J, exact in the SI since 2019), fields to mT; a column over ħω ("FL/hw ()")
 * is in units of ħω; a dimensionless column shows its name alone ("Q", never "Q ()").
 */
public record AxisUnit(String name, String unit, double perSi) {

	static final double ELECTRONVOLT = 1.602176634e-19;
	private static final Pattern HEADER = Pattern.compile("(.*?)\\s*\\((.*)\\)\\s*");

	private record Choice(String unit, double siPerUnit) {
	}

	/** The axis title: "t (ns)", or "Q". */
	public String title() {
		return unit.isEmpty() ? name : name + " (" + unit + ")";
	}

	/** A value of the column in the axis' unit. */
	public double shown(double si) {
		return si * perSi;
	}

	/** The unit for a column whose values reach {@code largest} in magnitude. */
	public static AxisUnit of(String header, double largest) {
		Matcher m = HEADER.matcher(header);
		if (!m.matches()) {
			return new AxisUnit(header.strip(), "", 1);
		}
		String name = m.group(1), si = m.group(2).strip();
		if ((si.isEmpty() || si.equals("1")) && name.endsWith("/hw")) {
			// a torque or energy over the precession quantum: shown in units of ħω
			return new AxisUnit(name.substring(0, name.length() - "/hw".length()), "ħω", 1);
		}
		if (si.isEmpty() || si.equals("1")) {
			return new AxisUnit(name, "", 1);
		}
		List<Choice> choices = switch (si) {
		case "s" -> List.of(new Choice("ps", 1e-12), new Choice("ns", 1e-9), new Choice("µs", 1e-6), new Choice("s", 1));
		case "m" -> List.of(new Choice("nm", 1e-9), new Choice("µm", 1e-6), new Choice("m", 1));
		case "J" -> List.of(new Choice("meV", 1e-3 * ELECTRONVOLT), new Choice("eV", ELECTRONVOLT));
		case "T" -> List.of(new Choice("mT", 1e-3), new Choice("T", 1));
		default -> List.of();
		};
		if (choices.isEmpty() || !(largest > 0)) {
			return new AxisUnit(name, si, 1);
		}
		// the largest unit in which the values reach at least 1; the smallest when they never do
		Choice chosen = choices.get(0);
		for (Choice choice : choices) {
			if (largest / choice.siPerUnit() >= 1) {
				chosen = choice;
			}
		}
		// energies far above an eV (a micromagnetic energy in J) stay in J
		if (si.equals("J") && largest > 1e6 * ELECTRONVOLT) {
			return new AxisUnit(name, si, 1);
		}
		return new AxisUnit(name, chosen.unit(), 1 / chosen.siPerUnit());
	}
}
