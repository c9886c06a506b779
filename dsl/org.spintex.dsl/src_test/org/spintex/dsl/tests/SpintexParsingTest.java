package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Drive;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Gate;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.Reservoir;
import org.spintex.dsl.spintex.Spacing;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Texture;
import org.spintex.dsl.spintex.VectorQuantity;
import org.spintex.dsl.spintex.Wire;
import org.spintex.dsl.spintex.Words;

class SpintexParsingTest {

	private static final String DEVICE = """
			spintex 3
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
			        shape box  length 2 um  width 1 um  thickness 10 nm  cell 2e-9 m
			    }
			    contact left on magnet.west { current I = 1 mA  polarization P = 0.5 }
			    texture skyrmions : skyrmion { charge -1  chirality neel  profile hard-cutoff }
			    environment { temperature T = 20 K  field B = (0, 0, 25) mT }
			    study drag : topological-drag {
			        carriers skyrmions
			        injector left
			        outputs voltage, drag-coefficient, skyrmion-radius
			        sweep magnet.length log from 0.5 um to 5 um in 10 points
			        sweep CuOSeFilm.D over 0.1 mJ/m^2, 0.2 mJ/m^2
			    }
			}
			""";

	@Test
	void materialPropertiesKeepTheirNumbersUnitsAndConventions() throws IOException {
		Material material = (Material) DeviceFiles.parse(DEVICE).getElements().get(0);
		assertEquals("insulating chiral magnet film", material.getDescription());
		Property exchange = material.getProperties().get(0);
		assertEquals("exchange", exchange.getName());
		assertEquals("A", exchange.getSymbol());
		assertQuantity(0.7, "pJ/m", exchange.getValue());
		Property dmi = material.getProperties().get(1);
		assertEquals("interfacial", dmi.getQualifier());
		assertQuantity(0.25, "mJ/m^2", dmi.getValue());
		Property anisotropy = material.getProperties().get(2);
		assertEquals("uniaxial", anisotropy.getQualifier());
		assertEquals(List.of("z"), ((Words) anisotropy.getDirection()).getWords());
		Quantity alpha = (Quantity) material.getProperties().get(4).getValue();
		assertEquals(0.02, alpha.getValue());
		assertNull(alpha.getUnit());
	}

	@Test
	void devicePartsReferToEachOtherByName() throws IOException {
		Model model = DeviceFiles.parse(DEVICE);
		Device device = (Device) model.getElements().get(1);
		Film film = (Film) device.getParts().get(0);
		assertSame(model.getElements().get(0), film.getMaterial());
		assertEquals(List.of("shape", "length", "width", "thickness", "cell"),
				film.getProperties().stream().map(Property::getName).toList());
		Contact left = (Contact) device.getParts().get(1);
		assertSame(film, left.getFilm());
		assertEquals("west", left.getEdge());
		Texture texture = (Texture) device.getParts().get(2);
		assertEquals("skyrmion", texture.getKind());
		assertQuantity(-1, null, texture.getProperties().get(0).getValue());
		assertEquals(List.of("hard-cutoff"), ((Words) texture.getProperties().get(2).getValue()).getWords());
		VectorQuantity field = (VectorQuantity) ((org.spintex.dsl.spintex.Environment) device.getParts().get(3))
				.getProperties().get(1).getValue();
		assertEquals(25, field.getZ());
		assertEquals("mT", field.getUnit());
	}

	@Test
	void studiesLinkPartsListOutputsAndSweepAnyParameter() throws IOException {
		Model model = DeviceFiles.parse(DEVICE);
		Device device = (Device) model.getElements().get(1);
		Study study = (Study) device.getParts().get(4);
		assertEquals("topological-drag", study.getEngine());
		assertSame(device.getParts().get(2), study.getLinks().get(0).getTarget());
		assertSame(device.getParts().get(1), study.getLinks().get(1).getTarget());
		assertEquals(List.of("voltage", "drag-coefficient", "skyrmion-radius"),
				((Words) study.getProperties().get(0).getValue()).getWords());
		var length = study.getSweeps().get(0);
		assertSame(device.getParts().get(0), length.getParameter().getOwner());
		assertEquals("length", length.getParameter().getProperty());
		assertEquals(Spacing.LOG, length.getRange().getSpacing());
		assertEquals(10, length.getRange().getPoints());
		var dmi = study.getSweeps().get(1);
		assertSame(model.getElements().get(0), dmi.getParameter().getOwner());
		assertEquals("D", dmi.getParameter().getProperty());
		assertEquals(2, dmi.getList().getValues().size());
	}

	@Test
	void electronWiresReservoirsGatesAndDrivesParse() throws IOException {
		Model model = DeviceFiles.parse("""
				spintex 3
				device PrecessingBlochWall {
					texture wall : domain-wall { chirality bloch  arrangement head-to-head  center-site 3  width-sites 0.9 }
					wire chain {
						moments from wall
						sites 7  hopping gamma = 1 eV  sd-exchange Jsd = 0.1 eV  lead-coupling gammaC = 1 eV  leads wide-band
					}
					reservoir leftLead attached to chain.start { chemical-potential 0 eV  temperature 0 K }
					drive spin : precession on chain { axis z  energy-quantum hbarOmega = 1 meV  cone-angle 30 deg }
					gate valve on wire1 { position 1 um  width 100 nm  sets anisotropy uniaxial K = 10 kJ/m^3 along x }
				}
				""".replace("on wire1", "on chain"));
		Device device = (Device) model.getElements().get(0);
		Wire wire = (Wire) device.getParts().get(1);
		assertSame(device.getParts().get(0), wire.getMoments());
		Reservoir reservoir = (Reservoir) device.getParts().get(2);
		assertSame(wire, reservoir.getWire());
		assertEquals("start", reservoir.getEnd());
		Drive drive = (Drive) device.getParts().get(3);
		assertEquals("precession", drive.getKind());
		assertSame(wire, drive.getTarget());
		Gate gate = (Gate) device.getParts().get(4);
		assertEquals("anisotropy", gate.getOverrides().get(0).getName());
		assertEquals(2, gate.getProperties().size());
	}

	@Test
	void numbersTakeSignsExponentsAndIntegers() throws IOException {
		Model model = DeviceFiles.parse("material M { exchange A = +1.5e-11 J/m  anisotropy uniaxial K = -3E5 J/m^3  damping alpha = 1 }");
		List<Property> p = ((Material) model.getElements().get(0)).getProperties();
		assertQuantity(1.5e-11, "J/m", p.get(0).getValue());
		assertQuantity(-3e5, "J/m^3", p.get(1).getValue());
		assertQuantity(1, null, p.get(2).getValue());
	}

	/** Every choice the reference lists can be written: words with a keyword (`on`) or a number after a hyphen. */
	@Test
	void choicesThatAreKeywordsOrEndInNumbersParse() throws IOException {
		Model model = DeviceFiles.parse("""
				spintex 3
				device D {
					study s : micromagnetic { demag on  charge-sign seed-000  dmi-convention mumax }
				}
				""");
		Study study = (Study) ((Device) model.getElements().get(0)).getParts().get(0);
		assertEquals(List.of("on"), ((Words) study.getProperties().get(0).getValue()).getWords());
		assertEquals(List.of("seed-000"), ((Words) study.getProperties().get(1).getValue()).getWords());
		assertEquals(List.of("mumax"), ((Words) study.getProperties().get(2).getValue()).getWords());
	}

	@Test
	void syntaxErrorsAreReportedWithTheirLine() throws IOException {
		var resource = DeviceFiles.load("material M {\n  exchange A = \n}");
		assertTrue(!resource.getErrors().isEmpty());
		assertEquals(3, resource.getErrors().get(0).getLine());
	}

	private static void assertQuantity(double value, String unit, Object actual) {
		Quantity q = (Quantity) actual;
		assertEquals(value, q.getValue(), Math.abs(value) * 1e-15);
		assertEquals(unit, q.getUnit());
	}
}
