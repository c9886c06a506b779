package org.spintex.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.migration.LanguageVersion;
import org.spintex.dsl.migration.Migrations;
import org.spintex.dsl.spintex.Import;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.SpintexPackage.Literals;

/**
 * The file's language: a file of an older language is read as the current one in memory and gets
 * one warning that names {@code spintex migrate}; a language this Spintex does not know is an error.
 */
public class LanguageVersionValidator extends AbstractDeclarativeValidator {

	/** Issue code of the warning on an older file; the workbench's quick fix migrates it. */
	public static final String OLDER_LANGUAGE = "olderLanguage";
	public static final String UNKNOWN_LANGUAGE = "unknownLanguage";

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	@Check
	public void checkLanguageVersion(Model model) {
		int version = LanguageVersion.of(model);
		if (version > LanguageVersion.CURRENT) {
			error("this file is written in language " + version + ", newer than this Spintex reads (languages "
					+ LanguageVersion.OLDEST + " to " + LanguageVersion.CURRENT + "): update Spintex", model,
					Literals.MODEL__VERSION, UNKNOWN_LANGUAGE);
		} else if (version < LanguageVersion.OLDEST) {
			error("there is no language " + version + ": write " + LanguageVersion.header(), model,
					Literals.MODEL__VERSION, UNKNOWN_LANGUAGE);
		} else if (version < LanguageVersion.CURRENT) {
			String changes = String.join("; ", Migrations.changes(model));
			String message = "written in language " + version + (LanguageVersion.declared(model) ? "" : " (no '"
					+ LanguageVersion.header() + "' line)") + "; read as language " + LanguageVersion.CURRENT
					+ (changes.isEmpty() ? "" : " (" + changes + ")") + ". Run 'spintex migrate FILE' to rewrite it";
			EObject target = firstStatement(model);
			EStructuralFeature feature = target == model ? (LanguageVersion.declared(model) ? Literals.MODEL__VERSION : null)
					: target.eClass().getEStructuralFeature(target instanceof Import ? "importURI" : "name");
			warning(message, target, feature, OLDER_LANGUAGE);
		}
	}

	private static EObject firstStatement(Model model) {
		if (LanguageVersion.declared(model)) {
			return model;
		}
		if (!model.getImports().isEmpty()) {
			return model.getImports().get(0);
		}
		return model.getElements().isEmpty() ? model : model.getElements().get(0);
	}
}
