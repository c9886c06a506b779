package org.spintex.dsl.ide.refactoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Rename of a named element of a device file — a material, a device or any part — together with
 * every reference to it in the given files (the file itself and every file that imports it): the
 * material of a film, the film of a contact ({@code track.west}), a study's links, the owner of a
 * sweep's parameter. The references are found through the resolved model, not by text, so a
 * property or a part of another device with the same name is left alone. The plan is a list of
 * text edits; applying them is the caller's (the workbench shows them in a preview first).
 */
public final class DeviceRename {

	/** One replacement in one file: {@code length} characters at {@code offset} become {@code text}. */
	public record Edit(Path file, int offset, int length, String text) {
	}

	/** What the rename does, or why it cannot. */
	public record Plan(String oldName, String newName, String kind, List<Edit> edits) {

		/** The edits of one file, last first, so that applying them in order keeps the offsets valid. */
		public List<Edit> editsOf(Path file) {
			return edits.stream().filter(e -> e.file().equals(file)).sorted(Comparator.comparingInt(Edit::offset).reversed())
					.toList();
		}

		/** The files the rename changes. */
		public List<Path> files() {
			return edits.stream().map(Edit::file).distinct().toList();
		}
	}

	/** A rename that cannot be done, with the reason a user reads. */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	@Inject
	private Injector injector;
	@Inject
	private EObjectAtOffsetHelper offsets;
	@Inject
	private IGrammarAccess grammar;

	/**
	 * Plans renaming the element declared or referenced at {@code offset} of {@code file} (whose
	 * current text, possibly unsaved, is {@code text}) to {@code newName}, looking for references in
	 * {@code otherFiles} (read from disk).
	 */
	public Plan plan(Path file, String text, int offset, String newName, Collection<Path> otherFiles) throws Refused {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource main = load(set, file, text);
		Map<Path, XtextResource> resources = new LinkedHashMap<>();
		resources.put(file, main);
		for (Path other : otherFiles) {
			if (!other.equals(file) && Files.isRegularFile(other)) {
				try {
					resources.put(other, load(set, other, Files.readString(other, StandardCharsets.UTF_8)));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		EObject target = target(main, offset).orElseThrow(() -> new Refused("Put the cursor on the name of a material, "
				+ "device or part (where it is declared or used)."));
		String oldName = name(target).orElseThrow(() -> new Refused("This element has no name to rename."));
		check(target, newName);
		URI targetUri = EcoreUtil.getURI(target);
		List<Edit> edits = new ArrayList<>();
		for (Map.Entry<Path, XtextResource> entry : resources.entrySet()) {
			references(entry.getValue(), targetUri, oldName, entry.getKey(), newName, edits);
		}
		declaration(target, file(target, resources), newName, edits);
		return new Plan(oldName, newName, target.eClass().getName().toLowerCase(java.util.Locale.ROOT),
				List.copyOf(edits));
	}

	private static XtextResource load(XtextResourceSet set, Path file, String text) {
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Collections.emptyMap());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** The element whose name is at the offset, or the one the reference at the offset points to. */
	private Optional<EObject> target(XtextResource resource, int offset) {
		EObject referenced = offsets.resolveCrossReferencedElementAt(resource, offset);
		if (referenced != null && !referenced.eIsProxy()) {
			return Optional.of(referenced);
		}
		EObject declared = offsets.resolveElementAt(resource, offset);
		if (declared == null || name(declared).isEmpty()) {
			return Optional.empty();
		}
		// only on the name itself: a rename from anywhere in a block would surprise
		List<INode> names = NodeModelUtils.findNodesForFeature(declared, nameFeature(declared));
		return names.stream().anyMatch(n -> n.getOffset() <= offset && offset <= n.getEndOffset()) ? Optional.of(declared)
				: Optional.empty();
	}

	private void check(EObject target, String newName) throws Refused {
		if (newName == null || !newName.matches("\\^?[a-zA-Z_][a-zA-Z_0-9]*")) {
			throw new Refused("'" + newName + "' is not a name: a letter or _ followed by letters, digits or _.");
		}
		if (GrammarUtil.getAllKeywords(grammar.getGrammar()).contains(newName)) {
			throw new Refused("'" + newName + "' is a word of the language; choose another name.");
		}
		// a sibling of the same kind with that name would make the references ambiguous
		EObject container = target.eContainer();
		if (container != null) {
			for (EObject sibling : container.eContents()) {
				if (sibling != target && name(sibling).filter(newName::equals).isPresent()) {
					throw new Refused("'" + newName + "' is already the name of a " + sibling.eClass().getName().toLowerCase(java.util.Locale.ROOT)
							+ " here; choose another name.");
				}
			}
		}
	}

	/** Every reference in {@code resource} that resolves to the target: its name's text is replaced. */
	private static void references(XtextResource resource, URI target, String oldName, Path file, String newName,
			List<Edit> edits) {
		if (resource.getContents().isEmpty()) {
			return;
		}
		TreeIterator<EObject> all = resource.getAllContents();
		while (all.hasNext()) {
			EObject object = all.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isMany()) {
					continue;
				}
				EObject value = (EObject) object.eGet(reference, true);
				if (value == null || value.eIsProxy() || !EcoreUtil.getURI(value).equals(target)) {
					continue;
				}
				for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
					// a qualified reference (Library.Py) renames its last segment only
					// (the token text starts at the node's offset, hidden whitespace and comments left out)
					String written = NodeModelUtils.getTokenText(node);
					int at = written.lastIndexOf(oldName);
					if (at >= 0) {
						edits.add(new Edit(file, node.getOffset() + at, oldName.length(), newName));
					}
				}
			}
		}
	}

	private static void declaration(EObject target, Path file, String newName, List<Edit> edits) {
		for (INode node : NodeModelUtils.findNodesForFeature(target, nameFeature(target))) {
			edits.add(new Edit(file, node.getOffset(), node.getLength(), newName));
		}
	}

	private static Path file(EObject target, Map<Path, XtextResource> resources) {
		Resource resource = target.eResource();
		return resources.entrySet().stream().filter(e -> e.getValue() == resource).map(Map.Entry::getKey).findFirst()
				.orElseGet(() -> Path.of(resource.getURI().toFileString()));
	}

	private static EStructuralFeature nameFeature(EObject object) {
		return object.eClass().getEStructuralFeature("name");
	}

	private static Optional<String> name(EObject object) {
		EStructuralFeature name = nameFeature(object);
		return name != null && object.eGet(name) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
	}
}
