package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.validation.ElementValidator;
import org.spintex.dsl.validation.NameValidator;
import org.spintex.dsl.validation.PartUseValidator;
import org.spintex.dsl.validation.PhysicsSanityValidator;
import org.spintex.dsl.validation.SpintexValidator;
import org.spintex.dsl.validation.StudyValidator;

/**
 * One negative test per rule: each mutates a valid two-terminal drag device in one place and
 * expects exactly that rule's issue, with a message that says what was expected.
 */
class SpintexValidatorTest {

	static final String VALID = """
			spintex 3
			material CuOSeFilm {
				exchange A = 0.7 pJ/m
				dmi interfacial D = 0.1 mJ/m^2
				anisotropy uniaxial K = 60 kJ/m^3 along z
				saturation Ms = 110 kA/m
				damping alpha = 0.02
			}

			device TwoTerminalDrag {
				film magnet {
					material CuOSeFilm
					shape box
					length 2 um
					width 1 um
					thickness 10 nm
					cell 2 nm
				}
				contact left on magnet.west {
					current I = 1 mA
					polarization P = 0.5
					annihilation-velocity gammaBar = 1 m/s
				}
				contact right on magnet.east {
					polarization P = 0.5
					resistance R = 100 Ohm
					annihilation-velocity gammaBar = 1 m/s
				}
				environment {
					temperature T = 20 K
				}
				texture skyrmions : skyrmion {
					charge -1
				}
				study drag : topological-drag {
					carriers skyrmions
					injector left
					detector right
					sweep magnet.length log from 0.5 um to 5 um in 4 points
				}
			}
			""";

	@Test
	void theValidDeviceHasNoIssues() throws IOException {
		assertEquals(List.of(), DeviceFiles.validate(VALID));
	}

	@Test
	void negativeDampingIsOutOfRangeAtTheValue() throws IOException {
		Issue issue = single(mutated("damping alpha = 0.02", "damping alpha = -0.5"), SpintexValidator.OUT_OF_RANGE);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(7, issue.getLineNumber());
		assertEquals(18, issue.getColumn());
		assertEquals("damping alpha must be ≥ 0, got -0.5", issue.getMessage());
	}

	@Test
	void polarizationAboveOneIsOutOfRange() throws IOException {
		Issue issue = single(mutated("current I = 1 mA\n\t\tpolarization P = 0.5", "current I = 1 mA\n\t\tpolarization P = 1.5"),
				SpintexValidator.OUT_OF_RANGE);
		assertEquals("polarization P must be between -1 and 1, got 1.5", issue.getMessage());
	}

	@Test
	void nonPositiveSizeIsOutOfRange() throws IOException {
		Issue issue = single(mutated("width 1 um", "width 0 um"), SpintexValidator.OUT_OF_RANGE);
		assertEquals("width must be > 0, got 0 um", issue.getMessage());
	}

	@Test
	void fractionalCountIsOutOfRange() throws IOException {
		Issue issue = single(mutated("cell 2 nm", "cells 1000.5"), SpintexValidator.OUT_OF_RANGE);
		assertEquals("cells must be a whole number ≥ 1, got 1000.5", issue.getMessage());
	}

	@Test
	void unknownPropertyListsWhatTheElementAccepts() throws IOException {
		Issue issue = single(mutated("charge -1", "charge -1\n\t\tcurrent 1 mA"), SpintexValidator.UNKNOWN_PROPERTY);
		assertTrue(issue.getMessage().startsWith("texture skyrmion has no property 'current'; it accepts charge, chirality"),
				issue.getMessage());
	}

	@Test
	void aWordWhereANumberBelongsIsTheWrongForm() throws IOException {
		Issue issue = single(mutated("width 1 um", "width wide"), SpintexValidator.WRONG_VALUE_FORM);
		assertEquals("width needs a number with a unit of a length, e.g. 1 nm", issue.getMessage());
	}

	@Test
	void unknownChoiceListsTheChoices() throws IOException {
		Issue issue = single(mutated("charge -1", "charge -1\n\t\tchirality left-handed"), SpintexValidator.UNKNOWN_WORD);
		assertEquals("'left-handed' is not a chirality; write one of neel, bloch", issue.getMessage());
	}

	@Test
	void dampingWithAUnitIsAnError() throws IOException {
		single(mutated("damping alpha = 0.02", "damping alpha = 0.02 T"), SpintexValidator.UNIT_ON_DIMENSIONLESS);
	}

	@Test
	void missingUnitSuggestsOne() throws IOException {
		Issue issue = single(mutated("exchange A = 0.7 pJ/m", "exchange A = 13"), SpintexValidator.MISSING_UNIT);
		assertEquals("exchange A needs a unit of an exchange stiffness, e.g. 13 pJ/m", issue.getMessage());
	}

	@Test
	void wrongDimensionNamesTheExpectedUnitAtTheUnit() throws IOException {
		Issue issue = single(mutated("dmi interfacial D = 0.1 mJ/m^2", "dmi interfacial D = 3 mJ/m"),
				SpintexValidator.WRONG_DIMENSION);
		assertEquals(4, issue.getLineNumber());
		assertEquals(24, issue.getColumn());
		assertEquals("dmi D needs a unit of a DMI constant (J/m², e.g. mJ/m^2), but 'mJ/m' is J/m", issue.getMessage());
	}

	@Test
	void unknownUnitIsAnError() throws IOException {
		Issue issue = single(mutated("saturation Ms = 110 kA/m", "saturation Ms = 800 furlong"), SpintexValidator.UNKNOWN_UNIT);
		assertTrue(issue.getMessage().startsWith("unknown unit 'furlong'"), issue.getMessage());
	}

	@Test
	void sweepValuesHaveTheSweptPropertysDimension() throws IOException {
		Issue issue = single(mutated("from 0.5 um to 5 um", "from 0.5 um to 5 K"), SpintexValidator.WRONG_DIMENSION);
		assertTrue(issue.getMessage().startsWith("sweep of magnet.length needs a unit of a length"), issue.getMessage());
	}

	@Test
	void dmiWithoutItsClassIsAnError() throws IOException {
		Issue issue = single(mutated("dmi interfacial D", "dmi D"), SpintexValidator.MISSING_QUALIFIER,
				StudyValidator.ENGINE_NEEDS);
		assertEquals("dmi needs its class: dmi interfacial | bulk | D2d", issue.getMessage());
	}

	@Test
	void aClassWhereNoneBelongsIsAnError() throws IOException {
		single(mutated("saturation Ms", "saturation bulk Ms"), SpintexValidator.UNEXPECTED_QUALIFIER);
	}

	@Test
	void directionOnAnUndirectedPropertyIsAnError() throws IOException {
		single(mutated("exchange A = 0.7 pJ/m", "exchange A = 0.7 pJ/m along x"), SpintexValidator.UNEXPECTED_DIRECTION);
	}

	@Test
	void directionMustBeAnAxisOrAVector() throws IOException {
		single(mutated("along z", "along up"), SpintexValidator.BAD_DIRECTION);
	}

	@Test
	void aPropertySetTwiceIsAnError() throws IOException {
		Issue issue = single(mutated("damping alpha = 0.02", "damping alpha = 0.02\n\tdamping alpha = 0.03"),
				SpintexValidator.DUPLICATE_PROPERTY);
		assertEquals("damping is set twice; keep one", issue.getMessage());
	}

	@Test
	void aMissingRequiredSizeIsNamed() throws IOException {
		Issue issue = single(mutated("\t\tthickness 10 nm\n", ""), SpintexValidator.MISSING_PROPERTY);
		assertEquals("film (box) needs 'thickness', e.g. thickness 1 nm", issue.getMessage());
	}

	@Test
	void cellAndCellsTogetherAreAnError() throws IOException {
		Issue issue = single(mutated("cell 2 nm", "cell 2 nm\n\t\tcells 100"), SpintexValidator.MISSING_PROPERTY);
		assertEquals("film (box) takes only one of cell, cells or mesh", issue.getMessage());
	}

	@Test
	void unknownTextureKindListsTheKinds() throws IOException {
		Issue issue = single(mutated(": skyrmion", ": hopfion"), ElementValidator.UNKNOWN_KIND, StudyValidator.ENGINE_NEEDS);
		assertTrue(issue.getMessage().startsWith("unknown texture kind 'hopfion'; write one of skyrmion, domain-wall"),
				issue.getMessage());
	}

	@Test
	void unknownEngineIsAnError() throws IOException {
		Issue issue = single(mutated(": topological-drag", ": lattice-boltzmann"), ElementValidator.UNKNOWN_KIND);
		assertTrue(issue.getMessage().startsWith("unknown study engine 'lattice-boltzmann'"), issue.getMessage());
	}

	@Test
	void unknownEdgeIsAnError() throws IOException {
		single(mutated("magnet.east", "magnet.top"), ElementValidator.UNKNOWN_KIND, StudyValidator.ENGINE_NEEDS);
	}

	@Test
	void unknownWireEndAndDriveKindAreErrors() throws IOException {
		List<Issue> issues = DeviceFiles.validate("""
				spintex 3
				device W {
					wire chain { sites 7  hopping 1 eV  sd-exchange 0.1 eV }
					reservoir lead attached to chain.middle { chemical-potential 0 eV  temperature 0 K }
					drive spin : wobble { }
				}
				""");
		assertEquals(List.of(ElementValidator.UNKNOWN_KIND, ElementValidator.UNKNOWN_KIND),
				issues.stream().map(Issue::getCode).toList());
	}

	/** Found by the long fuzzing run: 1e999 became infinity and crashed a validator that printed it. */
	@Test
	void aNumberTooLargeForADoubleIsAnErrorWhereItIsWritten() throws IOException {
		List<Issue> issues = DeviceFiles.validate("""
				spintex 3
				device W {
					texture wall : domain-wall { center-site 1e999  width-sites 0.9 }
					wire chain { moments from wall  sites 7  hopping 1 eV  sd-exchange 0.1 eV }
				}
				""");
		assertTrue(issues.stream().allMatch(i -> i.getLineNumber() != null && i.getLineNumber() >= 1), issues.toString());
		Issue issue = single(issues, SpintexValidator.OUT_OF_RANGE, PhysicsSanityValidator.TOO_FEW_SITES);
		assertEquals("1e999 is too large for a number (the largest is about 1.8e308)", issue.getMessage());
		assertEquals(3, issue.getLineNumber());
	}

	/** Found by the long fuzzing run: a wire of 123,456,789 sites passed check and exhausted the memory compiling it. */
	@Test
	void aWireHasAtMostAMillionSites() throws IOException {
		List<Issue> issues = DeviceFiles.validate("""
				spintex 3
				device W {
					wire chain { sites 123456789  hopping 1 eV  sd-exchange 0.1 eV }
				}
				""");
		Issue issue = single(issues, SpintexValidator.OUT_OF_RANGE);
		assertEquals("sites must be a whole number between 1 and 1000000, got 123456789", issue.getMessage());
	}

	@Test
	void aGeometricTorqueStudyNeedsAReservoirAtEachEndAndAPrecession() throws IOException {
		List<Issue> issues = DeviceFiles.validate("""
				spintex 3
				device W {
					texture vortex : vortex { }
					wire chain { moments from vortex  sites 7  hopping 1 eV  sd-exchange 0.1 eV }
					reservoir lead attached to chain.start { chemical-potential 0 eV  temperature 0 K }
					study torques : geometric-torque { wire chain }
				}
				""");
		List<String> messages = issues.stream().filter(i -> StudyValidator.ENGINE_NEEDS.equals(i.getCode())).map(Issue::getMessage).toList();
		assertEquals(3, messages.size(), messages.toString());
		assertTrue(messages.get(0).startsWith("wire chain needs one reservoir at its end"), messages.get(0));
		assertTrue(messages.get(1).startsWith("the moments need one precession drive"), messages.get(1));
		assertTrue(messages.get(2).contains("not from a vortex"), messages.get(2));
	}

	@Test
	void aSecondEnvironmentIsAnError() throws IOException {
		single(mutated("\t\ttemperature T = 20 K\n\t}", "\t\ttemperature T = 20 K\n\t}\n\tenvironment { }"),
				ElementValidator.SECOND_ENVIRONMENT);
	}

	@Test
	void danglingReferenceIsAnError() throws IOException {
		Issue issue = single(mutated("material CuOSeFilm\n", "material Nowhere\n"), null,
				PhysicsSanityValidator.CELL_ABOVE_EXCHANGE_LENGTH);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().contains("Nowhere"), issue.getMessage());
	}

	@Test
	void unknownRoleListsTheEnginesRoles() throws IOException {
		Issue issue = single(mutated("detector right", "detector right\n\t\tfilm magnet"), StudyValidator.UNKNOWN_ROLE);
		assertEquals("study topological-drag has no role 'film'; its roles are carriers, injector, detector",
				issue.getMessage());
	}

	@Test
	void aLinkToThePartOfTheWrongKindIsAnError() throws IOException {
		Issue issue = single(mutated("carriers skyrmions", "carriers magnet"), StudyValidator.WRONG_LINK_TARGET);
		assertEquals("carriers must name a texture, but magnet is a film", issue.getMessage());
	}

	@Test
	void aMissingLinkIsNamedWithItsMeaning() throws IOException {
		Issue issue = single(mutated("\t\tdetector right\n", ""), StudyValidator.MISSING_LINK);
		assertTrue(issue.getMessage().startsWith("study topological-drag needs 'detector <contact>'"), issue.getMessage());
	}

	@Test
	void aRoleNamedTwiceIsAnError() throws IOException {
		single(mutated("injector left", "injector left\n\t\tinjector left"), StudyValidator.DUPLICATE_LINK);
	}

	@Test
	void dragNeedsASkyrmionCarrier() throws IOException {
		Issue issue = single(mutated(": skyrmion {\n\t\tcharge -1", ": vortex {\n\t\tcirculation 1"),
				StudyValidator.ENGINE_NEEDS);
		assertEquals("carriers must be a skyrmion texture, but skyrmions is a vortex", issue.getMessage());
	}

	@Test
	void dragNeedsTheInjectorsCurrent() throws IOException {
		Issue issue = single(mutated("current I = 1 mA\n", ""), StudyValidator.ENGINE_NEEDS);
		assertEquals("injector left needs 'current'", issue.getMessage());
	}

	@Test
	void dragNeedsAWayToTurnTheEmfIntoACurrent() throws IOException {
		Issue issue = single(mutated("resistance R = 100 Ohm", "conductivity sigma = 5 MS/m"), StudyValidator.ENGINE_NEEDS);
		assertTrue(issue.getMessage().startsWith("detector right needs 'resistance'"), issue.getMessage());
	}

	@Test
	void dragNeedsContactsOnOppositeEdges() throws IOException {
		Issue issue = single(mutated("magnet.east", "magnet.north"), StudyValidator.ENGINE_NEEDS);
		assertEquals("injector and detector must sit on the opposite west and east edges (seed 000, Fig. 1)",
				issue.getMessage());
		// both on one edge (found by the language-3 long fuzzing run at mutant 718,842: a validator crashed)
		Issue same = single(mutated("magnet.east", "magnet.west"), StudyValidator.ENGINE_NEEDS);
		assertEquals("injector and detector must sit on the opposite west and east edges (seed 000, Fig. 1)",
				same.getMessage());
	}

	@Test
	void dragNeedsInterfacialDmi() throws IOException {
		Issue issue = single(mutated("dmi interfacial", "dmi bulk"), StudyValidator.ENGINE_NEEDS);
		assertEquals("material CuOSeFilm needs 'dmi interfacial' (seed 000 eq. (26))", issue.getMessage());
	}

	@Test
	void dragNeedsDamping() throws IOException {
		Issue issue = single(mutated("\tdamping alpha = 0.02\n", ""), StudyValidator.ENGINE_NEEDS);
		assertTrue(issue.getMessage().startsWith("material CuOSeFilm needs 'damping'"), issue.getMessage());
	}

	@Test
	void dragNeedsATemperature() throws IOException {
		Issue issue = single(mutated("temperature T = 20 K", "temperature T = 0 K"), StudyValidator.ENGINE_NEEDS);
		assertTrue(issue.getMessage().startsWith("topological drag is thermally activated"), issue.getMessage());
	}

	@Test
	void sweepOfAnUnknownPropertyIsAnError() throws IOException {
		Issue issue = single(mutated("sweep magnet.length", "sweep magnet.colour"), StudyValidator.BAD_SWEEP);
		assertEquals("magnet.colour: film (box) has no property 'colour'", issue.getMessage());
	}

	@Test
	void sweepOfAChoiceIsAnError() throws IOException {
		single(mutated("sweep magnet.length log from 0.5 um to 5 um", "sweep magnet.shape from 1 to 2"),
				StudyValidator.BAD_SWEEP);
	}

	@Test
	void sweepNeedsTwoPoints() throws IOException {
		Issue issue = single(mutated("in 4 points", "in 1 points"), StudyValidator.BAD_SWEEP);
		assertEquals("a sweep range needs at least 2 points", issue.getMessage());
	}

	@Test
	void aSecondPartOfTheSameNameIsAnErrorThatPointsAtTheFirst() throws IOException {
		Issue issue = single(mutated("texture skyrmions : skyrmion", "texture magnet : skyrmion"), NameValidator.DUPLICATE_NAME,
				StudyValidator.WRONG_LINK_TARGET, "org.eclipse.xtext.diagnostics.Diagnostic.Linking");
		assertEquals("there is already a film named magnet in device TwoTerminalDrag (line 11); names are unique in device "
				+ "TwoTerminalDrag: rename one", issue.getMessage());
		assertEquals(32, issue.getLineNumber());
	}

	@Test
	void aSecondMaterialOfTheSameNameIsAnError() throws IOException {
		Issue issue = single(mutated("device TwoTerminalDrag {", "material CuOSeFilm {\n\tdamping alpha = 0.1\n}\ndevice TwoTerminalDrag {"),
				NameValidator.DUPLICATE_NAME);
		assertEquals("there is already a material named CuOSeFilm in this file (line 2); names are unique in this file: rename one",
				issue.getMessage());
	}

	@Test
	void aSymbolNamesOneProperty() throws IOException {
		Issue issue = single(mutated("resistance R = 100 Ohm", "resistance P = 100 Ohm"), NameValidator.DUPLICATE_SYMBOL);
		assertEquals(Severity.WARNING, issue.getSeverity(), "language 2 files may have done it");
		assertEquals("symbol P already names polarization (line 25); give resistance a symbol of its own, or a sweep of P cannot "
				+ "tell them apart", issue.getMessage());
		// and a sweep of the ambiguous symbol is refused
		List<Issue> swept = DeviceFiles.validate(VALID.replace("resistance R = 100 Ohm", "resistance P = 100 Ohm")
				.replace("sweep magnet.length", "sweep right.P from 0.1 to 0.2 in 2 points\n\t\tsweep magnet.length"));
		Issue sweep = single(swept, StudyValidator.BAD_SWEEP, NameValidator.DUPLICATE_SYMBOL);
		assertEquals("right.P names 2 properties (the symbol P is written twice there); give each a symbol of its own",
				sweep.getMessage());
	}

	/** Found by the fuzzer: check passed what compile refused. */
	@Test
	void zippedSweepsOfDifferentLengthsAreAnError() throws IOException {
		Issue issue = single(mutated("in 4 points", "in 4 points\n\t\tsweep magnet.width over 1 um, 2 um\n\t\tsweep-mode zip"),
				StudyValidator.BAD_SWEEP);
		assertEquals("sweep-mode zip advances the sweeps together, so they need the same number of points; these have [4, 2] "
				+ "(use sweep-mode grid for every combination)", issue.getMessage());
	}

	/** Found by the long fuzzing run: a swept value outside the property's range passed check, compiling refused it. */
	@Test
	void aSweptValueOutsideThePropertysRangeIsAnError() throws IOException {
		Issue issue = single(mutated("sweep magnet.length log from 0.5 um to 5 um in 4 points",
				"sweep right.P over 0.5, 1.5"), StudyValidator.BAD_SWEEP);
		assertEquals("right.P must be between -1 and 1, but the sweep sets 1.5", issue.getMessage());
	}

	@Test
	void logSweepNeedsPositiveBounds() throws IOException {
		List<String> messages = mutated("from 0.5 um", "from -0.5 um").stream().map(Issue::getMessage).toList();
		assertEquals(List.of("magnet.length must be > 0, but the sweep sets -0.5 um", "a log sweep needs positive bounds"), messages);
	}

	/** What compiling would refuse, checking refuses first: a mesh of 3.5 cells (issue: check and compile agreed). */
	@Test
	void aMeshOfFractionalCellsIsAnError() throws IOException {
		Issue issue = single(mutated("cell 2 nm", "mesh (3.5, 32, 1)"), ElementValidator.BAD_MESH);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().startsWith("mesh counts cells: the number along x must be a whole number ≥ 1, got 3.5"),
				issue.getMessage());
	}

	@Test
	void cellAboveTheExchangeLengthIsAWarning() throws IOException {
		Issue issue = single(mutated("cell 2 nm", "cell 20 nm"), PhysicsSanityValidator.CELL_ABOVE_EXCHANGE_LENGTH);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals("mesh cell 20.0 nm is larger than the exchange length 9.60 nm of CuOSeFilm: textures will not be resolved",
				issue.getMessage());
	}

	@Test
	void seed000StabilityConditionViolatedIsAWarning() throws IOException {
		// eq. (25)'s constants A = 2A_ex d, κ = 2Kd, D = D_ex d: π²D²/(4κA) = π² (0.3 mJ/m²)² / (16 · 60 kJ/m³ · 0.7 pJ/m)
		// = 1.32 = (D_ex/D_c)², D_c = 4√(A_ex K)/π = 0.261 mJ/m²
		Issue issue = single(mutated("D = 0.1 mJ/m^2", "D = 0.3 mJ/m^2"), PhysicsSanityValidator.SKYRMIONS_UNSTABLE);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().startsWith("π²D²/(4κA) = 1.32 > 1 (D = 1.15 D_c, D_c = 4√(AK)/π = 0.261 mJ/m^2)"),
				issue.getMessage());
	}

	@Test
	void tooFewSitesForAWallIsAWarning() throws IOException {
		Issue issue = single(DeviceFiles.validate("""
				spintex 3
				device W {
					texture wall : domain-wall { center-site 3  width-sites 2 }
					wire chain { moments from wall  sites 4  hopping 1 eV  sd-exchange 0.1 eV }
				}
				"""), PhysicsSanityValidator.TOO_FEW_SITES);
		assertEquals("4 sites are too few for wall (centre at site 3, width 2 sites): use at least 5", issue.getMessage());
	}

	/** The valid device with its drag study replaced by a micromagnetic study with {@code settings}. */
	private static String withMicromagneticStudy(String device, String settings) {
		String replaced = device.replaceAll("study drag : topological-drag \\{[^}]*", "study llg : micromagnetic {\n" + settings + "\n");
		assertTrue(replaced.contains("study llg : micromagnetic"), replaced);
		return replaced;
	}

	private static List<Issue> micromagnetic(String settings) throws IOException {
		return DeviceFiles.validate(withMicromagneticStudy(VALID, settings));
	}

	@Test
	void aWarmMicromagneticStudyNeedsTheStochasticIntegrator() throws IOException {
		Issue issue = single(micromagnetic("film magnet\n duration 1 ns"), StudyValidator.ENGINE_NEEDS);
		assertTrue(issue.getMessage().startsWith("a temperature above 0 K adds Brown's thermal field, which needs 'integrator heun'"),
				issue.getMessage());
	}

	@Test
	void fixedStepIntegratorsNeedATimeStep() throws IOException {
		Issue issue = single(micromagnetic("film magnet\n duration 1 ns\n integrator heun"), StudyValidator.ENGINE_NEEDS);
		assertEquals("heun integrates with a fixed step: give 'time-step', e.g. time-step 50 fs", issue.getMessage());
	}

	@Test
	void theLlgEquationNeedsASaturationMagnetization() throws IOException {
		List<Issue> issues = DeviceFiles.validate(withMicromagneticStudy(VALID.replace("saturation Ms = 110 kA/m", ""),
				"film magnet\n integrator heun\n time-step 10 fs"));
		Issue issue = single(issues, StudyValidator.ENGINE_NEEDS, PhysicsSanityValidator.CELL_ABOVE_EXCHANGE_LENGTH);
		assertEquals("material CuOSeFilm needs 'saturation' for the LLG equation", issue.getMessage());
	}

	@Test
	void anInterfaceCurrentNeedsItsCurrent() throws IOException {
		List<Issue> issues = DeviceFiles.validate(withMicromagneticStudy(VALID.replace("current I = 1 mA", "flow interface"),
				"film magnet\n integrator heun\n time-step 10 fs"));
		Issue issue = single(issues, StudyValidator.ENGINE_NEEDS);
		assertEquals("contact left has flow interface: give its 'current' I, which flows along the edge (seed 000 eq. (9): I_L = d J_L)",
				issue.getMessage());
	}

	@Test
	void aMicromagneticStudyNeedsItsFilm() throws IOException {
		Issue issue = single(micromagnetic("integrator heun\n time-step 10 fs"), StudyValidator.MISSING_LINK);
		assertTrue(issue.getMessage().startsWith("study micromagnetic needs 'film <film>'"), issue.getMessage());
	}

	private static List<Issue> mutated(String original, String replacement) throws IOException {
		assertTrue(VALID.contains(original), original);
		return DeviceFiles.validate(VALID.replace(original, replacement));
	}

	/**
	 * The one issue with {@code code} (null: a linking error), ignoring issues with the {@code ignored} codes and, unless
	 * asked for, the warnings about parts a mutated study no longer reads (UnusedPartsTest checks those).
	 */
	private static Issue single(List<Issue> issues, String code, String... ignored) {
		List<Issue> relevant = issues.stream().filter(i -> !List.of(ignored).contains(i.getCode()))
				.filter(i -> PartUseValidator.UNUSED_PART.equals(code) || !PartUseValidator.UNUSED_PART.equals(i.getCode())).toList();
		assertEquals(1, relevant.size(), () -> "expected exactly one issue, got " + issues);
		if (code != null) {
			assertEquals(code, relevant.get(0).getCode(), relevant.get(0).getMessage());
		}
		return relevant.get(0);
	}
}
