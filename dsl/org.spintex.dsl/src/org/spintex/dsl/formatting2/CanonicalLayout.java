package org.spintex.dsl.formatting2;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The text of a parsed device file in the canonical layout of {@link SpintexFormatter}. */
public class CanonicalLayout {

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;
	@Inject
	private Provider<FormatterRequest> requests;
	@Inject
	private Provider<IFormatter2> formatter;

	/** The formatted text of {@code resource}, which must have no syntax errors. */
	public String format(XtextResource resource) {
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalArgumentException("cannot format a file with syntax errors");
		}
		ITextRegionAccess regions = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get().setTextRegionAccess(regions);
		return regions.getRewriter().renderToString(formatter.get().format(request));
	}
}
