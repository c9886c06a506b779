package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.validation.StudyValidator;

/** What seed 001's battery needs from a device file, said where it is missing. */
class WindingBatteryValidatorTest {

	private static final String BATTERY = """
			spintex 3
			material Garnet {
				exchange A = 3.7 pJ/m
				anisotropy easy-plane K = 10 kJ/m^3 along x
				saturation Ms = 140 kA/m
				damping alpha = 0.02
			}
			device Battery {
				film ring { material Garnet  shape wire  length 1 um  width 20 nm  thickness 5 nm  cell 4 nm  periodic x }
				contact charger on ring.west {
					current I = 150 uA  spin-hall-angle 0.1  area 400 nm^2  cross-section 100 nm^2  resistance 10 Ohm
				}
				contact collector on ring.east { spin-hall-angle 0.1  area 400 nm^2  cross-section 100 nm^2  resistance 10 Ohm }
				gate valve on ring { position 0 nm  width 2 nm  sets exchange A = 0.37 fJ/m }
				study cycle : winding-battery {
					film ring
					charge-time 40 ns
					store-time 30 ns
					discharge-time 50 ns
					load-resistance 10 Ohm
				}
			}
			""";

	private static List<String> errors(String original, String replacement) throws IOException {
		assertTrue(BATTERY.contains(original), original);
		return DeviceFiles.validate(BATTERY.replace(original, replacement)).stream()
				.filter(i -> StudyValidator.ENGINE_NEEDS.equals(i.getCode())).map(Issue::getMessage).toList();
	}

	@Test
	void theBatteryOfFigure1IsValid() throws IOException {
		assertEquals(List.of(), DeviceFiles.validate(BATTERY));
	}

	/** Found by the long fuzzing run: check passed a wire shorter than a cell, which compiling refused. */
	@Test
	void theWireNeedsTwoCells() throws IOException {
		assertEquals(List.of("film ring: a winding battery needs at least 2 cells along x, got 0 (its length over its cell size, "
				+ "rounded)"), errors("length 1 um", "length 1 nm"));
	}

	@Test
	void theMagnetNeedsAnEasyPlane() throws IOException {
		assertEquals(List.of("material Garnet needs 'anisotropy easy-plane K' > 0: the easy plane holds the winding up to √(K/A) "
				+ "and, without a 'susceptibility', gives χ = s²/2K (seed 001)"),
				errors("anisotropy easy-plane K = 10 kJ/m^3 along x", "anisotropy uniaxial K = 10 kJ/m^3 along x"));
	}

	@Test
	void eachEndNeedsASpinHallContactWithItsCircuit() throws IOException {
		assertEquals(List.of("contact collector needs 'resistance' for the spin Hall torque ϑI and the circuit (seed 001 eqs. (6), (9))"),
				errors("cross-section 100 nm^2  resistance 10 Ohm }", "cross-section 100 nm^2 }"));
		assertEquals(List.of("a winding battery has one spin Hall contact on each end of its wire; film ring has 0 on its east edge "
				+ "(seed 001 eq. (6))"), errors("contact collector on ring.east", "contact collector on ring.north"));
	}

	@Test
	void theContactsAreInSeriesAndTheWestOneCarriesTheCurrent() throws IOException {
		assertEquals(List.of("charging needs the current I through the contacts: give the west contact charger a 'current'"),
				errors("current I = 150 uA  ", ""));
		assertEquals(List.of("the contacts of a battery are in series and carry the west contact's current; remove the 'current' "
				+ "of the east contact collector"),
				errors("contact collector on ring.east { spin-hall-angle", "contact collector on ring.east { current 1 mA  spin-hall-angle"));
	}

	@Test
	void aDischargeNeedsALoadAndTheGateSwitchesOnlyWhatTheModelKnows() throws IOException {
		assertEquals(List.of("discharging drives a load: give 'load-resistance', e.g. load-resistance Rload = 10 Ohm"),
				errors("load-resistance 10 Ohm", ""));
		assertEquals(List.of("a winding battery's gate switches exchange, anisotropy, damping, susceptibility, spin-density, not "
				+ "'saturation'"), errors("sets exchange A = 0.37 fJ/m", "sets saturation Ms = 10 kA/m"));
	}

	@Test
	void aBatteryIsAWire() throws IOException {
		List<String> errors = errors("shape wire  length 1 um  width 20 nm", "shape disk  radius 1 um");
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).startsWith("a winding battery is a wire along x: give film ring shape wire"), errors.get(0));
	}
}
