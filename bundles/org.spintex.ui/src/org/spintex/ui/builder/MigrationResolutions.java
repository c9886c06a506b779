package org.spintex.ui.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator;
import org.eclipse.xtext.resource.XtextResource;
import org.spintex.dsl.migration.LanguageVersion;
import org.spintex.dsl.migration.Migrator;
import org.spintex.dsl.validation.LanguageVersionValidator;
import org.spintex.ui.SpintexUi;
import org.spintex.ui.editor.DeviceLanguage;

/**
 * The quick fix on the warning "written in language 2": rewrites the file in the current language
 * exactly as {@code spintex migrate} does (one {@link Migrator}), keeping the file's local history.
 */
public final class MigrationResolutions implements IMarkerResolutionGenerator {

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return LanguageVersionValidator.OLDER_LANGUAGE.equals(marker.getAttribute(ProblemMarkers.ISSUE_CODE, ""))
				&& marker.getResource() instanceof IFile ? new IMarkerResolution[] { new Migrate() }
						: new IMarkerResolution[0];
	}

	private static final class Migrate implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return "Migrate this file to language " + LanguageVersion.CURRENT + " (spintex migrate)";
		}

		@Override
		public String getDescription() {
			return "Rewrites the file in language " + LanguageVersion.CURRENT + ": adds the '" + LanguageVersion.header()
					+ "' line, renames what language " + LanguageVersion.CURRENT + " renamed and formats it, keeping every "
					+ "comment. The previous text stays in the file's local history.";
		}

		@Override
		public org.eclipse.swt.graphics.Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			IFile file = (IFile) marker.getResource();
			try {
				String text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
				XtextResource resource = DeviceLanguage.parse(text, org.eclipse.emf.common.util.URI
						.createFileURI(file.getLocation().toFile().getAbsolutePath()));
				if (!resource.getErrors().isEmpty()) {
					SpintexUi.log("cannot migrate " + file.getFullPath() + ": it has syntax errors", null);
					return;
				}
				String migrated = DeviceLanguage.injector().getInstance(Migrator.class).migrate(resource, text).text();
				file.setContents(new ByteArrayInputStream(migrated.getBytes(StandardCharsets.UTF_8)),
						IResource.KEEP_HISTORY, null);
			} catch (CoreException | IOException | RuntimeException e) {
				SpintexUi.log("cannot migrate " + file.getFullPath(), e);
			}
		}
	}
}
