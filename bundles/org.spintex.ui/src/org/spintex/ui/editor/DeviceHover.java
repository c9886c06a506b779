package org.spintex.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.spintex.dsl.ide.PropertyHover;

/**
 * Hover over a property: its symbol, meaning, SI unit, range, allowed words and the seed equation
 * it comes from (the ide services' Markdown, shown as plain text wrapped to {@value #COLUMNS} columns).
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

	/** Columns of a hover line: the popup stays a readable width and inside the screen. */
	static final int COLUMNS = 80;

	/** Markdown emphasis and code marks dropped (the default hover shows plain text), long lines wrapped. */
	public static String plain(String markdown) {
		return wrap(markdown.replace("**", "").replace("`", ""), COLUMNS);
	}

	/** Each line longer than {@code columns} broken at its last space before the limit. */
	static String wrap(String text, int columns) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			String rest = line;
			while (rest.length() > columns) {
				int cut = rest.lastIndexOf(' ', columns);
				if (cut <= 0) {
					cut = columns;
				}
				out.append(rest, 0, cut).append('\n');
				rest = rest.substring(cut).stripLeading();
			}
			out.append(rest).append('\n');
		}
		return out.substring(0, out.length() - 1);
	}
}
