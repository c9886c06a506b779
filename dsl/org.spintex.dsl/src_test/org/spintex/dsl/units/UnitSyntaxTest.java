package org.spintex.dsl.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.measure.Unit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Units as researchers write them, against the SI prefix definitions (BIPM SI Brochure, 9th ed., table 7). */
class UnitSyntaxTest {

	@ParameterizedTest(name = "1 {0} = {1} {2}")
	@CsvSource(delimiter = ';', value = {
			"pJ/m; 1e-12; J/m",
			"mJ/m^2; 1e-3; J/m^2",
			"kJ/m^3; 1e3; J/m^3",
			"MJ/m^3; 1e6; J/m^3",
			"kA/m; 1e3; A/m",
			"MA/m; 1e6; A/m",
			"A/m^2; 1; A/m^2",
			"MS/m; 1e6; S/m",
			"mT; 1e-3; T",
			"ns; 1e-9; s",
			"K; 1; K",
			"nm; 1e-9; m",
			"um; 1e-6; m",
			"µm; 1e-6; m",
			"μm; 1e-6; m",
			"km/s; 1e3; m/s",
			"GHz; 1e9; Hz",
			"kOhm; 1e3; Ω",
			"eV; 1.602176634e-19; J",
			"meV; 1.602176634e-22; J" })
	void prefixedUnitsConvertToCoherentSi(String written, double factor, String siUnit) {
		Unit<?> unit = UnitSyntax.parse(written);
		assertEquals(factor, UnitSyntax.toSiFactor(unit), Math.abs(factor) * 1e-15);
		assertEquals(UnitSyntax.parse(siUnit).getDimension(), unit.getDimension());
	}

	@ParameterizedTest
	@ValueSource(strings = { "furlong", "pJ/", "m^^2", "xyzzy/m" })
	void nonsenseIsRejectedWithExamples(String written) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitSyntax.parse(written));
		assertTrue(e.getMessage().contains("unknown unit '" + written + "'"), e.getMessage());
		assertTrue(e.getMessage().contains("pJ/m"), e.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "EXCHANGE_STIFFNESS; pJ/m", "DMI_CONSTANT; mJ/m^2", "ENERGY_DENSITY; MJ/m^3",
			"MAGNETIZATION; kA/m", "LENGTH; um" })
	void kindsAcceptTheirUnitsAndNotOthers(QuantityKind kind, String written) {
		assertTrue(kind.accepts(UnitSyntax.parse(written)));
		assertTrue(!kind.accepts(UnitSyntax.parse("mT")));
	}
}
