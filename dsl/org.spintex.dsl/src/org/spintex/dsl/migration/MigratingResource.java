package org.spintex.dsl.migration;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.IParseResult;
import org.spintex.dsl.spintex.Model;

/**
 * A device file's resource: a file written in an older language is read as the current one right
 * after parsing, so that validation, the compiler and every engine see one language.
 */
public class MigratingResource extends LazyLinkingResource {

	@Override
	protected void updateInternalState(IParseResult oldParseResult, IParseResult newParseResult) {
		super.updateInternalState(oldParseResult, newParseResult);
		if (newParseResult != null && newParseResult.getRootASTElement() instanceof Model model) {
			Migrations.readAsCurrent(model);
		}
	}
}
