package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.spintex.dsl.spintex.Anisotropy;
import org.spintex.dsl.spintex.AnisotropyKind;
import org.spintex.dsl.spintex.Axis;
import org.spintex.dsl.spintex.Box;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Dmi;
import org.spintex.dsl.spintex.DmiClass;
import org.spintex.dsl.spintex.Exchange;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Quantity;

class SpintexParsingTest {

	private static final String DEVICE = """
			material CuOSeFilm "insulating chiral magnet film" {
			    exchange A = 0.7 pJ/m
			    dmi interfacial D = 0.25 mJ/m^2
			    anisotropy uniaxial K = 60 kJ/m^3 along z
			    saturation Ms = 110 kA/m
			    damping alpha = 0.02
			}

			device TwoTerminalDrag {
			    film magnet {
			        material CuOSeFilm
			        box length 2 um width 1 um thickness 10 nm
			        mesh cell 2e-9 m
			    }
			}
			""";

	@Test
	void materialPropertiesKeepTheirNumbersUnitsAndConventions() throws IOException {
		Model model = DeviceFiles.parse(DEVICE);
		Material material = (Material) model.getElements().get(0);
		assertEquals("insulating chiral magnet film", material.getDescription());
		Exchange exchange = (Exchange) material.getProperties().get(0);
		assertQuantity(0.7, "pJ/m", exchange.getValue());
		Dmi dmi = (Dmi) material.getProperties().get(1);
		assertEquals(DmiClass.INTERFACIAL, dmi.getDmiClass());
		assertQuantity(0.25, "mJ/m^2", dmi.getValue());
		Anisotropy anisotropy = (Anisotropy) material.getProperties().get(2);
		assertEquals(AnisotropyKind.UNIAXIAL, anisotropy.getKind());
		assertEquals(Axis.Z, anisotropy.getAxis());
		assertQuantity(60, "kJ/m^3", anisotropy.getValue());
		Quantity alpha = material.getProperties().get(4).getValue();
		assertEquals(0.02, alpha.getValue());
		assertNull(alpha.getUnit());
	}

	@Test
	void filmReferencesItsMaterialByName() throws IOException {
		Model model = DeviceFiles.parse(DEVICE);
		Film film = ((Device) model.getElements().get(1)).getParts().get(0);
		assertSame(model.getElements().get(0), film.getMaterial());
		Box box = (Box) film.getShape();
		assertQuantity(2, "um", box.getLength());
		assertQuantity(10, "nm", box.getThickness());
		assertQuantity(2e-9, "m", film.getCellSize());
	}

	private static void assertQuantity(double value, String unit, Quantity q) {
		assertEquals(value, q.getValue(), 0);
		assertEquals(unit, q.getUnit());
	}
}
