package org.spintex.ui.views.texture;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.topology.SkyrmionCentres;

/**
 * Draws one layer of a texture into a rectangle of the screen where the {@link TextureViewport}
 * puts it (the film's true aspect ratio, zoomed and panned): the colours of the chosen
 * {@link ColourQuantity}, arrows of the in-plane direction subsampled to a readable spacing at any
 * zoom, the centres of the charged textures and the path of the main one, a scale bar and the colour
 * key (the colour wheel, or the colour bar of a scalar with its range).
 */
final class TexturePicture {

	/** What is drawn over the colours: arrows, the centres of charged textures, the outlines of material regions. */
	record Overlays(boolean arrows, boolean centres, boolean regions) {
	}

	/** The colour key: the wheel, or a bar from −range to +range of a quantity. */
	record Key(ColourQuantity quantity, double range) {
	}

	private static final int ARROW_SPACING_PX = 22;
	private static final int KEY_PX = 64;
	private static final int MARGIN_PX = 10;

	private TexturePicture() {
	}

	/** The colours of layer {@code k}, one pixel per cell, y upwards. */
	static ImageData colours(TextureFrame frame, int k, ColourQuantity quantity) {
		FieldSnapshot mesh = frame.m();
		ImageData data = new ImageData(mesh.nx(), mesh.ny(), 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		double[] values = quantity.scalar() ? quantity.values(frame, k) : null;
		double range = values == null ? 0 : quantity.range(values);
		for (int j = 0; j < mesh.ny(); j++) {
			for (int i = 0; i < mesh.nx(); i++) {
				int cell = mesh.index(i, j, k);
				boolean empty = frame.mx(cell) == 0 && frame.my(cell) == 0 && frame.mz(cell) == 0;
				int rgb = values == null || empty ? MagnetizationColourMap.rgb(frame.mx(cell), frame.my(cell), frame.mz(cell))
						: DivergingColourMap.rgb(values[i + mesh.nx() * j], range);
				data.setPixel(i, mesh.ny() - 1 - j, rgb);
			}
		}
		return data;
	}

	/** The key of {@code quantity} for layer {@code k} of {@code frame}. */
	static Key key(TextureFrame frame, int k, ColourQuantity quantity) {
		return new Key(quantity, quantity.scalar() ? quantity.range(quantity.values(frame, k)) : 0);
	}

	/** Paints a prepared frame: only drawing here, every number was computed off the UI thread. */
	static void draw(GC gc, Display display, Image colours, TextureFrame frame, int k, Overlays overlays, Key key,
			List<SkyrmionCentres.Centre> centres, List<double[]> path, List<int[]> outlines, Rectangle area,
			TextureViewport viewport) {
		FieldSnapshot mesh = frame.m();
		TextureViewport.Box at = viewport.placement(mesh.sizeXMetre(), mesh.sizeYMetre(), box(area));
		Rectangle target = round(at);
		Rectangle size = colours.getBounds();
		gc.setClipping(area);
		gc.setInterpolation(SWT.NONE);
		gc.drawImage(colours, 0, 0, size.width, size.height, target.x, target.y, target.width, target.height);
		gc.setAntialias(SWT.ON);
		double pxPerCellX = at.width() / mesh.nx();
		double pxPerCellY = at.height() / mesh.ny();
		if (overlays.regions()) {
			drawOutlines(gc, display, outlines, at, pxPerCellX, pxPerCellY);
		}
		if (overlays.arrows()) {
			drawArrows(gc, display, frame, k, at, area, pxPerCellX, pxPerCellY);
		}
		if (overlays.centres()) {
			drawCentres(gc, display, mesh, at, centres, path);
		}
		gc.setClipping((Rectangle) null);
		drawScaleBar(gc, display, ScaleBar.fitting(mesh.sizeXMetre() / at.width(), Math.min(160, area.width / 3.0)), area);
		if (key.quantity().scalar()) {
			drawColourBar(gc, display, key, area);
		} else {
			drawWheel(gc, display, area);
		}
	}

	/** The edges between material regions (grain boundaries, a notch's rim, a region's outline), in white over black. */
	private static void drawOutlines(GC gc, Display display, List<int[]> outlines, TextureViewport.Box at, double pxX, double pxY) {
		for (int pass = 0; pass < 2; pass++) {
			gc.setForeground(display.getSystemColor(pass == 0 ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
			gc.setLineWidth(pass == 0 ? 3 : 1);
			for (int[] e : outlines) {
				gc.drawLine((int) Math.round(at.x() + e[0] * pxX), (int) Math.round(at.y() + at.height() - e[1] * pxY),
						(int) Math.round(at.x() + e[2] * pxX), (int) Math.round(at.y() + at.height() - e[3] * pxY));
			}
		}
		gc.setLineWidth(1);
	}

	private static void drawCentres(GC gc, Display display, FieldSnapshot mesh, TextureViewport.Box at,
			List<SkyrmionCentres.Centre> centres, List<double[]> path) {
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.setLineWidth(2);
		for (int p = 1; p < path.size(); p++) {
			gc.drawLine(screenX(path.get(p - 1)[0], mesh, at), screenY(path.get(p - 1)[1], mesh, at), screenX(path.get(p)[0], mesh, at),
					screenY(path.get(p)[1], mesh, at));
		}
		for (SkyrmionCentres.Centre c : centres) {
			int x = screenX(c.xMetre(), mesh, at), y = screenY(c.yMetre(), mesh, at);
			gc.setBackground(display.getSystemColor(c.charge() > 0 ? SWT.COLOR_RED : SWT.COLOR_BLUE));
			gc.fillOval(x - 5, y - 5, 10, 10);
			gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.drawOval(x - 5, y - 5, 10, 10);
		}
		gc.setLineWidth(1);
	}

	/** Arrows at most one per {@value #ARROW_SPACING_PX} px, only over the part of the film in view. */
	private static void drawArrows(GC gc, Display display, TextureFrame frame, int k, TextureViewport.Box at, Rectangle area,
			double pxX, double pxY) {
		FieldSnapshot mesh = frame.m();
		int stepI = Math.max(1, (int) Math.round(ARROW_SPACING_PX / pxX));
		int stepJ = Math.max(1, (int) Math.round(ARROW_SPACING_PX / pxY));
		double length = 0.45 * Math.min(stepI * pxX, stepJ * pxY);
		int firstI = Math.max(0, (int) ((area.x - at.x()) / pxX) / stepI * stepI);
		int lastI = Math.min(mesh.nx() - 1, (int) ((area.x + area.width - at.x()) / pxX) + stepI);
		int firstJ = Math.max(0, (int) ((at.y() + at.height() - area.y - area.height) / pxY) / stepJ * stepJ);
		int lastJ = Math.min(mesh.ny() - 1, (int) ((at.y() + at.height() - area.y) / pxY) + stepJ);
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.setLineWidth(1);
		for (int j = firstJ + stepJ / 2; j <= lastJ; j += stepJ) {
			for (int i = firstI + stepI / 2; i <= lastI; i += stepI) {
				int cell = mesh.index(i, j, k);
				double mx = frame.mx(cell), my = frame.my(cell);
				if (mx == 0 && my == 0 && frame.mz(cell) == 0) {
					continue;
				}
				double cx = at.x() + (i + 0.5) * pxX, cy = at.y() + at.height() - (j + 0.5) * pxY;
				double dx = mx * length, dy = -my * length;
				if (Math.hypot(dx, dy) < 1.5) {
					gc.fillRectangle((int) cx - 1, (int) cy - 1, 2, 2);
					continue;
				}
				int x0 = (int) (cx - dx), y0 = (int) (cy - dy), x1 = (int) (cx + dx), y1 = (int) (cy + dy);
				gc.drawLine(x0, y0, x1, y1);
				double angle = Math.atan2(dy, dx), head = Math.min(5, 0.5 * Math.hypot(dx, dy));
				gc.fillPolygon(new int[] { x1, y1, (int) (x1 - head * Math.cos(angle - 0.45)),
						(int) (y1 - head * Math.sin(angle - 0.45)), (int) (x1 - head * Math.cos(angle + 0.45)),
						(int) (y1 - head * Math.sin(angle + 0.45)) });
			}
		}
	}

	private static void drawScaleBar(GC gc, Display display, ScaleBar bar, Rectangle area) {
		Point text = gc.textExtent(bar.label());
		int x = area.x + MARGIN_PX, y = area.y + area.height - MARGIN_PX - 6;
		int w = (int) Math.round(bar.pixels());
		gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(x - 4, y - text.y - 6, Math.max(w, text.x) + 8, text.y + 16);
		gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.fillRectangle(x, y, w, 4);
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(bar.label(), x, y - text.y - 2, true);
	}

	/** The colour wheel: hue = in-plane angle, the centre +z (white), the rim in-plane; −z is black. */
	private static void drawWheel(GC gc, Display display, Rectangle area) {
		ImageData wheel = wheel(KEY_PX);
		Image image = new Image(display, wheel);
		try {
			String[] legend = { "centre +z", "black −z" };
			int text = Math.max(gc.textExtent(legend[0]).x, gc.textExtent(legend[1]).x);
			int line = gc.textExtent(legend[0]).y;
			int width = Math.max(KEY_PX + 28, text + 8);
			// the box fits inside the view, the wheel centred in it, its labels around it
			int left = area.x + area.width - MARGIN_PX - width, top = area.y + MARGIN_PX;
			int x = left + (width - KEY_PX) / 2, y = top + line + 2;
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(left, top, width, KEY_PX + 3 * line + 10);
			gc.drawImage(image, x, y);
			gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
			gc.drawText("+x", x + KEY_PX + 1, y + KEY_PX / 2 - line / 2, true);
			gc.drawText("+y", x + KEY_PX / 2 - gc.textExtent("+y").x / 2, top + 1, true);
			gc.drawText(legend[0], left + (width - gc.textExtent(legend[0]).x) / 2, y + KEY_PX + 2, true);
			gc.drawText(legend[1], left + (width - gc.textExtent(legend[1]).x) / 2, y + KEY_PX + 2 + line, true);
		} finally {
			image.dispose();
		}
	}

	/** The colour bar of a scalar quantity from −range (bottom) to +range (top). */
	private static void drawColourBar(GC gc, Display display, Key key, Rectangle area) {
		int height = Math.min(160, area.height / 2), width = 14;
		String top = String.format(Locale.ROOT, "%+.3g", key.range()), bottom = String.format(Locale.ROOT, "%+.3g", -key.range());
		String unit = key.quantity() == ColourQuantity.CHARGE_DENSITY ? key.quantity().symbol() + " (1/m²)" : key.quantity().symbol();
		int labels = Math.max(gc.textExtent(top).x, Math.max(gc.textExtent(bottom).x, gc.textExtent(unit).x));
		int x = area.x + area.width - MARGIN_PX - labels - width - 6, y = area.y + MARGIN_PX + 18;
		gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(x - 4, y - 20, width + labels + 14, height + 26);
		for (int p = 0; p < height; p++) {
			double value = key.range() * (1 - 2.0 * p / (height - 1));
			int rgb = DivergingColourMap.rgb(value, key.range());
			org.eclipse.swt.graphics.Color colour = new org.eclipse.swt.graphics.Color(display, (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF,
					rgb & 0xFF);
			gc.setForeground(colour);
			gc.drawLine(x, y + p, x + width, y + p);
		}
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.drawRectangle(x, y, width, height - 1);
		gc.drawText(unit, x, y - 18, true);
		gc.drawText(top, x + width + 4, y - 6, true);
		gc.drawText("0", x + width + 4, y + height / 2 - 7, true);
		gc.drawText(bottom, x + width + 4, y + height - 10, true);
	}

	/** The wheel key as an image: inside the disc m = (s cos φ, s sin φ, √(1 − s²)), s the radius. */
	static ImageData wheel(int size) {
		ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		double r = size / 2.0;
		for (int py = 0; py < size; py++) {
			for (int px = 0; px < size; px++) {
				double x = (px + 0.5 - r) / r, y = (r - py - 0.5) / r, s = Math.hypot(x, y);
				int rgb = s > 1 ? 0xFFFFFF : MagnetizationColourMap.rgb(x, y, Math.sqrt(Math.max(0, 1 - s * s)));
				data.setPixel(px, py, rgb);
			}
		}
		return data;
	}

	private static int screenX(double xMetre, FieldSnapshot mesh, TextureViewport.Box at) {
		return (int) Math.round(at.x() + xMetre / mesh.sizeXMetre() * at.width());
	}

	private static int screenY(double yMetre, FieldSnapshot mesh, TextureViewport.Box at) {
		return (int) Math.round(at.y() + at.height() - yMetre / mesh.sizeYMetre() * at.height());
	}

	static TextureViewport.Box box(Rectangle area) {
		return new TextureViewport.Box(area.x, area.y, area.width, area.height);
	}

	private static Rectangle round(TextureViewport.Box box) {
		return new Rectangle((int) Math.round(box.x()), (int) Math.round(box.y()), Math.max(1, (int) Math.round(box.width())),
				Math.max(1, (int) Math.round(box.height())));
	}
}
