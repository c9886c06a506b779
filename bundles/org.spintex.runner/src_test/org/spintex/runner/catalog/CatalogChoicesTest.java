package org.spintex.runner.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.compiler.CompileException;
import org.spintex.compiler.StudyCompiler;
import org.spintex.dsl.catalog.ElementSchema;
import org.spintex.dsl.catalog.PropertyCatalog;
import org.spintex.dsl.catalog.PropertySpec;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.catalog.ValueShape;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Study;
import org.spintex.runner.study.DeviceFiles;
import org.spintex.runner.study.StudySelection;

/**
 * Every word the language offers compiles: for every choice and list property of every element the catalog
 * documents (what content assist proposes and the reference lists), each of its words — and each class a
 * property takes after its name ({@code dmi bulk}) — is written into an element of that kind in the examples,
 * and at least one such file passes {@code spintex check} and compiles, every study in it. A word that the catalog offers but a compiler or an input refuses (as
 * {@code field-format vtk} once was) fails here, naming the word.
 */
class CatalogChoicesTest {

	@TempDir
	Path work;

	private final DeviceFiles loader = new DeviceFiles();

	@Test
	void everyWordOfEveryChoiceCompilesInSomeExample() throws IOException {
		List<Path> examples = DeviceCorpus.copyInto(work);
		// element title → property → word → why it did not compile anywhere yet (absent once it did)
		Map<String, String> open = new TreeMap<>();
		for (ElementSchema schema : PropertyCatalog.all()) {
			for (PropertySpec p : schema.properties()) {
				if (p.shape() == ValueShape.CHOICE || p.shape() == ValueShape.NAMES) {
					p.words().forEach(w -> open.put(key(schema, p, w), "no example has " + schema.title()));
				}
				// the classes a property takes after its name: dmi interfacial|bulk|D2d, anisotropy uniaxial|easy-plane|cubic
				p.qualifiers().forEach(q -> open.put(key(schema, p, q), "no example has " + schema.title() + " with " + p.name()));
			}
		}
		int variants = 0;
		for (Path example : examples) {
			String original = Files.readString(example);
			List<Edit> edits = edits(example);
			for (Edit edit : edits) {
				String key = key(edit.schema(), edit.property(), edit.word());
				if (!open.containsKey(key)) {
					continue;
				}
				variants++;
				Files.writeString(example, edit.applyTo(original));
				try {
					String why = checkAndCompile(example);
					if (why == null) {
						open.remove(key);
					} else {
						open.put(key, why);
					}
				} finally {
					Files.writeString(example, original);
				}
			}
		}
		assertTrue(variants > 100, "only " + variants + " variants tried");
		if (!open.isEmpty()) {
			StringBuilder report = new StringBuilder(open.size() + " words of the catalog compile in no example:\n");
			open.forEach((key, why) -> report.append("  ").append(key).append(": ").append(why).append('\n'));
			fail(report.toString());
		}
	}

	/** Null when the file passes check and every study compiles; otherwise check's first error. */
	private String checkAndCompile(Path file) {
		DeviceFiles.Loaded loaded = loader.load(file);
		var error = loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).findFirst();
		if (error.isPresent()) {
			return DeviceFiles.format(work.relativize(file), error.get());
		}
		for (Study study : StudySelection.studies(StudySelection.model(loaded))) {
			try {
				new StudyCompiler().compile(study, List.of());
			} catch (CompileException e) {
				// check passed and compile refused: the two disagree, which must never be
				fail(file.getFileName() + " passes check, but study " + study.getName() + " does not compile: " + e.getMessage());
			}
		}
		return null;
	}

	/** "film: shape loop", "texture spiral: axis x": the variant of a film's title (its shape) is a choice itself. */
	private static String key(ElementSchema schema, PropertySpec property, String word) {
		return schema.title().replaceAll(" \\(.*\\)$", "") + ": " + property.name() + " " + word;
	}

	/** One word written into one element: replacing the property where the element has it, added where not. */
	private record Edit(ElementSchema schema, PropertySpec property, String word, int start, int end, String text) {
		String applyTo(String original) {
			return original.substring(0, start) + text + original.substring(end);
		}
	}

	/** Every choice word for every element of {@code file} that the catalog knows. */
	private List<Edit> edits(Path file) {
		DeviceFiles.Loaded loaded = loader.load(file);
		List<Edit> edits = new ArrayList<>();
		for (var it = loaded.resource().getAllContents(); it.hasNext();) {
			EObject element = it.next();
			var schema = Schemas.of(element);
			EStructuralFeature feature = element.eClass().getEStructuralFeature("properties");
			if (schema.isEmpty() || feature == null) {
				continue;
			}
			@SuppressWarnings("unchecked")
			List<Property> properties = (List<Property>) element.eGet(feature);
			ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
			for (PropertySpec p : schema.get().properties()) {
				for (Property written : properties.stream().filter(w -> w.getName().equals(p.name()) && w.getQualifier() != null).toList()) {
					var qualifier = NodeModelUtils.findNodesForFeature(written, Literals.PROPERTY__QUALIFIER).get(0);
					for (String word : p.qualifiers()) {
						edits.add(new Edit(schema.get(), p, word, qualifier.getOffset(), qualifier.getEndOffset(), word));
					}
				}
				if (p.shape() != ValueShape.CHOICE && p.shape() != ValueShape.NAMES) {
					continue;
				}
				var present = Schemas.find(properties, p.name()).map(NodeModelUtils::findActualNodeFor);
				for (String word : p.words()) {
					if (present.isPresent()) {
						edits.add(new Edit(schema.get(), p, word, present.get().getOffset(), present.get().getEndOffset(),
								p.name() + " " + word));
					} else {
						int close = node.getEndOffset() - 1; // the element's closing brace
						edits.add(new Edit(schema.get(), p, word, close, close, "\t" + p.name() + " " + word + "\n"));
					}
				}
			}
		}
		return edits;
	}
}
