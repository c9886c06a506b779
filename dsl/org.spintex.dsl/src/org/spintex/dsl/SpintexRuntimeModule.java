package org.spintex.dsl;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.spintex.dsl.migration.MigratingResource;
import org.spintex.dsl.migration.Migrations;

/**
 * Guice bindings of the language at run time, inside and outside Eclipse.
 */
public class SpintexRuntimeModule extends AbstractSpintexRuntimeModule {

	/** {@code import "materials.spintex"} makes exactly that file's elements visible, as users expect. */
	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return ImportUriGlobalScopeProvider.class;
	}

	/** Files of an older language are read as the current one ({@link Migrations}). */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return MigratingResource.class;
	}
}
