package org.spintex.dsl.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.spintex.Import;
import org.spintex.dsl.spintex.SpintexPackage.Literals;

/**
 * An import names a file that can be read. A missing library is reported at its import line, where the cause is,
 * not only through the names it would have provided further down.
 */
public class ImportValidator extends AbstractDeclarativeValidator {

	public static final String UNREADABLE_IMPORT = "unreadableImport";

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	@Check
	public void checkImportIsReadable(Import declaration) {
		String path = declaration.getImportURI();
		if (path == null || path.isBlank()) {
			error("an import names a file, e.g. import \"../materials/chiral-magnets.spintex\"", declaration,
					Literals.IMPORT__IMPORT_URI, UNREADABLE_IMPORT);
			return;
		}
		URI uri = URI.createURI(path);
		Resource resource = declaration.eResource();
		if (resource == null || EcoreUtil2.isValidUri(resource, uri)) {
			return;
		}
		URI resolved = resource.getURI() != null && uri.isRelative() ? uri.resolve(resource.getURI()) : uri;
		String where = resolved.isFile() ? resolved.toFileString() : resolved.toString();
		error(String.format("cannot read the imported file \"%s\" (%s): it does not exist; the path is relative to this "
				+ "file's folder", path, where), declaration, Literals.IMPORT__IMPORT_URI, UNREADABLE_IMPORT);
	}
}
