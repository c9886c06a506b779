package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.SpintexStandaloneSetup;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Study;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.TopologicalDragInput;

/** The compiled input carries the file's values in SI, expands sweeps and applies --set with unit checks. */
class StudyCompilerTest {

	private static final String DEVICE = """
			spintex 3
			material CuOSeFilm {
				exchange A = 0.7 pJ/m
				dmi interfacial D = 0.1 mJ/m^2
				anisotropy uniaxial K = 60 kJ/m^3 along z
				saturation Ms = 110 kA/m
				gyromagnetic-ratio gamma = 1.76e11 rad/s/T
				damping alpha = 0.02
			}
			device TwoTerminalDrag {
				film magnet { material CuOSeFilm  shape box  length 2 um  width 1 um  thickness 10 nm  cell 2 nm }
				contact left on magnet.west { current I = 1 mA  polarization P = 0.5  annihilation-velocity gammaBar = 1 mm/s }
				contact right on magnet.east {
					polarization P = 0.4  conductivity sigma = 5 MS/m  cross-section Aw = 100 nm^2
					annihilation-velocity gammaBar = 2 km/s
				}
				environment { temperature T = 20 K }
				texture skyrmions : skyrmion { charge -1 }
				study drag : topological-drag {
					carriers skyrmions  injector left  detector right
					SWEEPS
				}
			}
			""";

	@Test
	void valuesArriveInSiUnits() throws IOException {
		TopologicalDragInput in = single(DEVICE.replace("SWEEPS", ""));
		assertEquals(0.7e-12, in.material().exchangeJPerM(), 1e-27);
		assertEquals(1e-4, in.material().dmiJPerM2(), 1e-19);
		assertEquals(6e4, in.material().anisotropy(AnisotropyKind.UNIAXIAL).orElseThrow().kJPerM3(), 1e-9);
		// s = Ms/γ
		assertEquals(110e3 / 1.76e11, in.material().spinDensityJsPerM3(), 1e-20);
		assertEquals(10e-9, in.film().thicknessMetre(), 1e-24);
		assertEquals(2e-6, in.film().lengthMetre(), 1e-21);
		assertEquals(1e-3, in.injector().currentAmpere(), 1e-18);
		assertEquals(1e-3, in.injector().annihilationVelocityMPerS(), 1e-18);
		assertEquals(2e3, in.detector().annihilationVelocityMPerS(), 1e-9);
		// R = Ly / (σ A) = 1 µm / (5 MS/m · 100 nm²) = 2 kΩ
		assertEquals(2000.0, in.detector().resistanceOhm().orElseThrow(), 1e-9);
		assertEquals(20, in.temperatureKelvin());
		// written in the default mumax convention: core-down Q = −1 is seed 000's +1
		assertEquals(1, in.charge());
	}

	@Test
	void chargeWrittenInSeed000sSignArrivesAsWritten() throws IOException {
		// charge-sign seed-000: the file counts the paper's injected skyrmion (core down, up background) as +1
		String paper = DEVICE.replace("SWEEPS", "charge-sign seed-000").replace("charge -1", "charge 1");
		assertEquals(1, single(paper).charge());
		String flipped = DEVICE.replace("SWEEPS", "charge-sign seed-000");
		assertEquals(-1, single(flipped).charge());
	}

	@Test
	void invertedDmiConventionArrivesInTheMumaxConvention() throws IOException {
		String inverted = DEVICE.replace("SWEEPS", "").replace("damping alpha = 0.02", "damping alpha = 0.02\n dmi-convention inverted");
		assertEquals(-1e-4, single(inverted).material().dmiJPerM2(), 1e-19);
	}

	@Test
	void logSweepHitsItsEndsExactlyAndSpacesPointsGeometrically() throws IOException {
		List<CompiledPoint> points = compile(DEVICE.replace("SWEEPS", "sweep magnet.length log from 1 um to 100 um in 5 points"), List.of());
		assertEquals(5, points.size());
		double[] expected = { 1e-6, 3.1622776601683795e-6, 1e-5, 3.1622776601683795e-5, 1e-4 };
		for (int i = 0; i < 5; i++) {
			CompiledPoint p = points.get(i);
			assertEquals(i + 1, p.index());
			assertEquals(expected[i], p.coordinates().get(0).siValue(), expected[i] * 1e-12);
			assertEquals(expected[i], ((TopologicalDragInput) p.input()).film().lengthMetre(), expected[i] * 1e-12);
		}
	}

	@Test
	void twoSweepsFormAGridOrZipPointByPoint() throws IOException {
		String sweeps = "sweep magnet.length over 1 um, 2 um, 3 um\n sweep environment.temperature over 10 K, 20 K, 30 K";
		assertEquals(9, compile(DEVICE.replace("SWEEPS", sweeps), List.of()).size());
		List<CompiledPoint> zipped = compile(DEVICE.replace("SWEEPS", sweeps + "\n sweep-mode zip"), List.of());
		assertEquals(3, zipped.size());
		assertEquals(30, ((TopologicalDragInput) zipped.get(2).input()).temperatureKelvin(), 1e-12);
		assertEquals(3e-6, ((TopologicalDragInput) zipped.get(2).input()).film().lengthMetre(), 1e-18);
	}

	@Test
	void zipOfUnequalSweepsIsRefused() throws IOException {
		String sweeps = "sweep magnet.length over 1 um, 2 um\n sweep environment.temperature over 10 K, 20 K, 30 K\n sweep-mode zip";
		CompileException e = assertThrows(CompileException.class, () -> compile(DEVICE.replace("SWEEPS", sweeps), List.of()));
		assertTrue(e.getMessage().startsWith("sweep-mode zip needs sweeps of equal length"), e.getMessage());
	}

	@Test
	void setOverridesByNameOrSymbolWithUnitsAndLeavesTheModelAsItWas() throws IOException {
		Study study = study(DEVICE.replace("SWEEPS", ""));
		Device device = (Device) study.eContainer();
		var sets = List.of(ParameterPaths.parse("magnet.thickness=5nm", device),
				ParameterPaths.parse("CuOSeFilm.D = 0.2 mJ/m^2", device),
				ParameterPaths.parse("left.beta=0.1", device));
		TopologicalDragInput in = (TopologicalDragInput) new StudyCompiler().compile(study, sets).get(0).input();
		assertEquals(5e-9, in.film().thicknessMetre(), 1e-24);
		assertEquals(2e-4, in.material().dmiJPerM2(), 1e-19);
		TopologicalDragInput again = (TopologicalDragInput) new StudyCompiler().compile(study, List.of()).get(0).input();
		assertEquals(10e-9, again.film().thicknessMetre(), 1e-24);
		assertEquals(1e-4, again.material().dmiJPerM2(), 1e-19);
	}

	@Test
	void setOfASweptParameterRunsAtThatValueOnly() throws IOException {
		Study study = study(DEVICE.replace("SWEEPS", "sweep magnet.length over 1 um, 2 um\n sweep magnet.width over 1 um, 3 um"));
		Device device = (Device) study.eContainer();
		List<CompiledPoint> points = new StudyCompiler().compile(study, List.of(ParameterPaths.parse("magnet.Lx=5um", device)));
		assertEquals(2, points.size());
		for (CompiledPoint p : points) {
			assertEquals(5e-6, ((TopologicalDragInput) p.input()).film().lengthMetre(), 1e-18);
			assertEquals("magnet.width", p.coordinates().get(0).path());
		}
	}

	@Test
	void setWithTheWrongUnitSaysWhatWasExpected() throws IOException {
		Device device = (Device) study(DEVICE.replace("SWEEPS", "")).eContainer();
		CompileException e = assertThrows(CompileException.class, () -> ParameterPaths.parse("magnet.thickness=5K", device));
		assertEquals("magnet.thickness needs a unit of a length (m, e.g. nm), but 'K' is K", e.getMessage());
		e = assertThrows(CompileException.class, () -> ParameterPaths.parse("left.polarization=2", device));
		assertEquals("left.polarization must be between -1 and 1, got 2.0", e.getMessage());
		e = assertThrows(CompileException.class, () -> ParameterPaths.parse("nowhere.length=1um", device));
		assertTrue(e.getMessage().contains("no part, material or environment named 'nowhere'"), e.getMessage());
		e = assertThrows(CompileException.class, () -> ParameterPaths.parse("magnet.colour=1", device));
		assertEquals("magnet.colour: film (box) has no property 'colour'", e.getMessage());
	}

	@Test
	void theHashIdentifiesTheInput() throws IOException {
		String text = DEVICE.replace("SWEEPS", "");
		String first = InputJson.hash(single(text));
		assertEquals(first, InputJson.hash(single(text)));
		assertNotEquals(first, InputJson.hash(single(text.replace("20 K", "21 K"))));
		var json = InputJson.toJson(single(text));
		assertEquals(0.7e-12, json.getAsJsonObject("material").get("exchangeJPerM").getAsDouble(), 1e-27);
	}

	private static TopologicalDragInput single(String text) throws IOException {
		List<CompiledPoint> points = compile(text, List.of());
		assertEquals(1, points.size());
		assertEquals(0, points.get(0).index());
		return (TopologicalDragInput) points.get(0).input();
	}

	private static List<CompiledPoint> compile(String text, List<ParameterAssignment> sets) throws IOException {
		return new StudyCompiler().compile(study(text), sets);
	}

	private static Study study(String text) throws IOException {
		XtextResourceSet rs = new SpintexStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		XtextResource r = (XtextResource) rs.createResource(URI.createURI("memory:/device.spintex"));
		r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Collections.emptyMap());
		assertEquals(List.of(), r.getErrors());
		Model model = (Model) r.getContents().get(0);
		Device device = (Device) model.getElements().get(1);
		return (Study) device.getParts().get(device.getParts().size() - 1);
	}
}
