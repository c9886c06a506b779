package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.spintex.dsl.catalog.ElementSchema;
import org.spintex.dsl.catalog.PropertyCatalog;
import org.spintex.dsl.catalog.PropertySpec;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.Axis;
import org.spintex.input.ChoiceWord;
import org.spintex.input.CurrentInput;
import org.spintex.input.DmiKind;
import org.spintex.input.FieldFileFormat;
import org.spintex.input.FieldOutput;
import org.spintex.input.FilmEdge;
import org.spintex.input.FilmShape;
import org.spintex.input.GeometricTorqueInput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.IntegratorKind;
import org.spintex.input.Precision;
import org.spintex.input.InterfaceModel;
import org.spintex.input.LeadModel;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.SpinOrbitInput;
import org.spintex.input.SpiralChirality;
import org.spintex.input.WallArrangement;
import org.spintex.input.WallChirality;
import org.spintex.input.WallProfile;
import org.spintex.input.ZhangLiConvention;

/**
 * The language and the typed input contract say the same thing: every word the catalog offers for a
 * setting (content assist, the reference) is a constant of the input's enum and back, and the default
 * the catalog documents is the one the input's builder applies. The documented option {@code
 * field-format vtk} once failed to compile because the two lists differed; now they cannot.
 */
class CatalogContractTest {

	private static final ElementSchema MICROMAGNETIC = PropertyCatalog.study("micromagnetic").orElseThrow();

	private static PropertySpec spec(String name) {
		return MICROMAGNETIC.property(name).orElseThrow();
	}

	@Test
	void theIntegratorsAreTheInputsWithTheSameDefault() {
		assertEquals(ChoiceWord.words(IntegratorKind.class), spec("integrator").words());
		assertEquals(MicromagneticInput.DEFAULT_INTEGRATOR.word(), spec("integrator").defaultWord());
	}

	@Test
	void theFieldFormatsAreTheInputsWithTheSameDefault() {
		assertEquals(ChoiceWord.words(FieldFileFormat.class), spec("field-format").words());
		assertEquals(MicromagneticInput.DEFAULT_FIELD_FORMAT.word(), spec("field-format").defaultWord());
		assertEquals(ChoiceWord.words(Precision.class), spec("precision").words());
		assertEquals(Precision.DEFAULT.word(), spec("precision").defaultWord());
	}

	@Test
	void theFieldOutputsAreTheInputsWithTheDocumentedDefault() {
		assertEquals(ChoiceWord.words(FieldOutput.class), spec("outputs").words());
		String defaults = String.join(", ", MicromagneticInput.DEFAULT_FIELD_OUTPUTS.stream().map(FieldOutput::word).toList());
		assertTrue(spec("outputs").meaning().contains("(default " + defaults + ")"), spec("outputs").meaning());
	}

	@Test
	void theDocumentedToleranceAndOutputIntervalAreTheBuilders() {
		assertEquals(MicromagneticInput.DEFAULT_TOLERANCE, documentedDefault(spec("tolerance")));
		assertTrue(spec("output-every").meaning().contains("(default duration / " + MicromagneticInput.DEFAULT_OUTPUTS_PER_RUN
				+ ")"), spec("output-every").meaning());
	}

	@Test
	void aDomainWallsWordsAndDefaultsAreTheInputs() {
		ElementSchema wall = PropertyCatalog.texture("domain-wall").orElseThrow();
		assertEquals(ChoiceWord.words(WallArrangement.class), wall.property("arrangement").orElseThrow().words());
		assertEquals(ChoiceWord.words(WallChirality.class), wall.property("chirality").orElseThrow().words());
		assertEquals(InitialStateInput.DomainWall.DEFAULT_ARRANGEMENT.word(), wall.property("arrangement").orElseThrow().defaultWord());
		assertEquals(InitialStateInput.DomainWall.DEFAULT_CHIRALITY.word(), wall.property("chirality").orElseThrow().defaultWord());
		assertEquals(ChoiceWord.words(WallProfile.class), wall.property("profile").orElseThrow().words());
		assertEquals(WallProfile.DEFAULT.word(), wall.property("profile").orElseThrow().defaultWord());
	}

	@Test
	void theMaterialsClassesAndTheFilmShapesAreTheInputs() {
		assertEquals(ChoiceWord.words(AnisotropyKind.class),
				PropertyCatalog.material().property("anisotropy").orElseThrow().qualifiers());
		// a material without dmi has DmiKind.NONE, which the language never writes
		assertEquals(ChoiceWord.words(DmiKind.class).subList(1, DmiKind.values().length),
				PropertyCatalog.material().property("dmi").orElseThrow().qualifiers());
		assertEquals(java.util.Set.copyOf(ChoiceWord.words(FilmShape.class)), java.util.Set.copyOf(PropertyCatalog.shapes()));
	}

	@Test
	void theConventionsAxesAndModelsAreTheInputsWithTheSameDefaults() {
		PropertySpec zhangLi = PropertyCatalog.contact().property("zhang-li").orElseThrow();
		assertEquals(ChoiceWord.words(ZhangLiConvention.class), zhangLi.words());
		assertEquals(CurrentInput.DEFAULT_ZHANG_LI.word(), zhangLi.defaultWord());
		assertEquals(PropertyCatalog.EDGES, ChoiceWord.words(FilmEdge.class));

		ElementSchema spiral = PropertyCatalog.texture("spiral").orElseThrow();
		assertEquals(ChoiceWord.words(Axis.class), spiral.property("axis").orElseThrow().words());
		assertEquals(InitialStateInput.Spiral.DEFAULT_AXIS.word(), spiral.property("axis").orElseThrow().defaultWord());
		assertEquals(ChoiceWord.words(SpiralChirality.class), spiral.property("chirality").orElseThrow().words());
		assertEquals(InitialStateInput.Spiral.DEFAULT_CHIRALITY.word(), spiral.property("chirality").orElseThrow().defaultWord());

		ElementSchema macrospin = PropertyCatalog.study("macrospin").orElseThrow();
		PropertySpec surface = macrospin.property("interface").orElseThrow();
		assertEquals(ChoiceWord.words(InterfaceModel.class), surface.words());
		assertEquals(SpinOrbitInput.DEFAULT_INTERFACE.word(), surface.defaultWord());
		PropertySpec portraitAxis = macrospin.property("portrait-axis").orElseThrow();
		assertTrue(ChoiceWord.words(Axis.class).containsAll(portraitAxis.words()));
		assertEquals(SpinOrbitInput.DEFAULT_PORTRAIT_AXIS.word(), portraitAxis.defaultWord());

		PropertySpec leads = PropertyCatalog.wire().property("leads").orElseThrow();
		assertEquals(ChoiceWord.words(LeadModel.class), leads.words());
		assertEquals(GeometricTorqueInput.DEFAULT_LEADS.word(), leads.defaultWord());
	}

	/** Each constant of the contract is reachable from the language: the word compiles to it. */
	@Test
	void everyWordNamesItsConstant() {
		for (Class<? extends Enum<?>> type : List.of(IntegratorKind.class, FieldFileFormat.class, FieldOutput.class,
				WallArrangement.class, WallChirality.class, AnisotropyKind.class, DmiKind.class, FilmShape.class,
				ZhangLiConvention.class, FilmEdge.class, Axis.class, SpiralChirality.class, InterfaceModel.class, LeadModel.class,
				WallProfile.class, Precision.class)) {
			for (Enum<?> constant : type.getEnumConstants()) {
				String word = ((ChoiceWord) constant).word();
				assertEquals(constant, of(type, word), word);
			}
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object of(Class type, String word) {
		return ChoiceWord.of(type, word);
	}

	private static double documentedDefault(PropertySpec spec) {
		Matcher number = Pattern.compile("default ([0-9.eE+-]+)").matcher(spec.meaning());
		assertTrue(number.find(), spec.meaning());
		return Double.parseDouble(number.group(1));
	}
}
