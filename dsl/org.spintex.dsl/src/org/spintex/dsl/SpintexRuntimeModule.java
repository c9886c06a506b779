package org.spintex.dsl;

import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;

/**
 * Guice bindings of the language at run time, inside and outside Eclipse.
 */
public class SpintexRuntimeModule extends AbstractSpintexRuntimeModule {

	/** {@code import "materials.spintex"} makes exactly that file's elements visible, as users expect. */
	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return ImportUriGlobalScopeProvider.class;
	}
}
