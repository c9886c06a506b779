package org.spintex.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.spintex.dsl.ide.PropertyHover;

/**
 * Hover over a property: its symbol, meaning, SI unit, range, allowed words and the seed equation
 * it comes from (the ide services' Markdown, shown as plain text).
 */
public final class DeviceHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return DeviceDocuments.withModel(viewer.getDocument(),
				resource -> DeviceLanguage.injector().getInstance(PropertyHover.class).at(resource, region.getOffset()))
				.map(DeviceHover::plain).orElse(null);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	/** Markdown emphasis and code marks dropped: the default hover shows plain text. */
	public static String plain(String markdown) {
		return markdown.replace("**", "").replace("`", "");
	}
}
