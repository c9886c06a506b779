package org.spintex.runner.diff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.spintex.dsl.spintex.Model;
import org.spintex.runner.study.DeviceFiles;
import org.spintex.runner.study.StudySelection;

/** One version of a device file to compare: read from where it is, or its bytes read as if they were another file. */
public final class DeviceVersions {

	/** A version, its model and its issues, and the name it is shown by. */
	public record Version(String name, DeviceFiles.Loaded loaded) {
		public Model model() {
			return StudySelection.model(loaded);
		}
	}

	private DeviceVersions() {
	}

	/** The file as it is on disk, its imports next to it. */
	public static Version read(DeviceFiles loader, Path file, String name) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file + ": no such file");
		}
		return new Version(name, loader.load(file));
	}

	/**
	 * The bytes of {@code content} read as the file at {@code path}: its imports (and mask pictures) are resolved next
	 * to {@code path}. Git hands its external diff driver the older version as a temporary file; this reads it where it
	 * belongs.
	 */
	public static Version readAs(DeviceFiles loader, Path content, Path path, String name) throws IOException {
		XtextResourceSet resourceSet = loader.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(path.toAbsolutePath().normalize()
				.toString()));
		if (Files.isRegularFile(content)) {
			try (InputStream in = Files.newInputStream(content)) {
				resource.load(in, Map.of());
			}
		} else {
			// git passes /dev/null for a file that does not exist on one side
			resource.load(InputStream.nullInputStream(), Map.of());
		}
		List<Issue> issues = new ArrayList<>(loader.injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl));
		return new Version(name, new DeviceFiles.Loaded(path, resource, issues));
	}
}
