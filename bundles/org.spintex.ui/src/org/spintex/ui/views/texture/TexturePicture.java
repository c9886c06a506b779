package org.spintex.ui.views.texture;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.topology.SkyrmionCentres;

/**
 * Draws one layer of a texture into a rectangle of the screen, with the film's aspect ratio: the
 * colour wheel, optionally tinted by the topological charge density (red positive, blue negative),
 * a subsampled arrow per in-plane direction, the centres of the charged textures and the path of
 * the main one over the snapshots.
 */
final class TexturePicture {

	/** What is drawn over the colour wheel. */
	record Overlays(boolean arrows, boolean charge, boolean centres) {
	}

	private static final int ARROW_SPACING_PX = 18;

	private TexturePicture() {
	}

	/** The colour-wheel image of layer {@code k}, one pixel per cell, y upwards. */
	static ImageData colours(TextureFrame frame, int k, boolean charge) {
		FieldSnapshot mesh = frame.m();
		ImageData data = new ImageData(mesh.nx(), mesh.ny(), 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		double[] q = charge ? frame.charges(k) : null;
		double largest = 0;
		if (q != null) {
			for (double v : q) {
				largest = Math.max(largest, Math.abs(v));
			}
		}
		for (int j = 0; j < mesh.ny(); j++) {
			for (int i = 0; i < mesh.nx(); i++) {
				int cell = mesh.index(i, j, k);
				int rgb = MagnetizationColourMap.rgb(frame.mx(cell), frame.my(cell), frame.mz(cell));
				if (q != null && largest > 0) {
					rgb = tint(rgb, q[i + mesh.nx() * j] / largest);
				}
				data.setPixel(i, mesh.ny() - 1 - j, rgb);
			}
		}
		return data;
	}

	/** Blends towards red (share > 0) or blue (share < 0) by |share|, the charge over the largest. */
	private static int tint(int rgb, double share) {
		double a = Math.min(1, Math.abs(share)) * 0.85;
		int target = share > 0 ? 0xE0101A : 0x1A40E0;
		int r = (int) ((1 - a) * ((rgb >> 16) & 0xFF) + a * ((target >> 16) & 0xFF));
		int g = (int) ((1 - a) * ((rgb >> 8) & 0xFF) + a * ((target >> 8) & 0xFF));
		int b = (int) ((1 - a) * (rgb & 0xFF) + a * (target & 0xFF));
		return (r << 16) | (g << 8) | b;
	}

	/** Where the film lands in {@code area}: as large as fits, with its aspect ratio, centred. */
	static Rectangle placement(FieldSnapshot mesh, Rectangle area) {
		double width = mesh.sizeXMetre(), height = mesh.sizeYMetre();
		double scale = Math.min(area.width / width, area.height / height);
		int w = Math.max(1, (int) (width * scale)), h = Math.max(1, (int) (height * scale));
		return new Rectangle(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
	}

	/** Paints a prepared frame: only drawing here, every number was computed off the UI thread. */
	static void draw(GC gc, Display display, Image colours, TextureFrame frame, int k, Overlays overlays,
			List<SkyrmionCentres.Centre> centres, List<double[]> path, Rectangle area) {
		FieldSnapshot mesh = frame.m();
		Rectangle target = placement(mesh, area);
		Rectangle size = colours.getBounds();
		gc.setInterpolation(SWT.NONE);
		gc.drawImage(colours, 0, 0, size.width, size.height, target.x, target.y, target.width, target.height);
		gc.setAntialias(SWT.ON);
		double pxPerCellX = target.width / (double) mesh.nx();
		double pxPerCellY = target.height / (double) mesh.ny();
		if (overlays.arrows()) {
			drawArrows(gc, display, frame, k, target, pxPerCellX, pxPerCellY);
		}
		if (overlays.centres()) {
			gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
			gc.setLineWidth(2);
			for (int p = 1; p < path.size(); p++) {
				gc.drawLine(screenX(path.get(p - 1)[0], mesh, target), screenY(path.get(p - 1)[1], mesh, target),
						screenX(path.get(p)[0], mesh, target), screenY(path.get(p)[1], mesh, target));
			}
			for (SkyrmionCentres.Centre c : centres) {
				int x = screenX(c.xMetre(), mesh, target), y = screenY(c.yMetre(), mesh, target);
				gc.setBackground(display.getSystemColor(c.charge() > 0 ? SWT.COLOR_RED : SWT.COLOR_BLUE));
				gc.fillOval(x - 5, y - 5, 10, 10);
				gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
				gc.setLineWidth(2);
				gc.drawOval(x - 5, y - 5, 10, 10);
			}
			gc.setLineWidth(1);
		}
	}

	private static void drawArrows(GC gc, Display display, TextureFrame frame, int k, Rectangle target, double pxX,
			double pxY) {
		FieldSnapshot mesh = frame.m();
		int stepI = Math.max(1, (int) Math.round(ARROW_SPACING_PX / pxX));
		int stepJ = Math.max(1, (int) Math.round(ARROW_SPACING_PX / pxY));
		double length = 0.45 * Math.min(stepI * pxX, stepJ * pxY);
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.setLineWidth(1);
		for (int j = stepJ / 2; j < mesh.ny(); j += stepJ) {
			for (int i = stepI / 2; i < mesh.nx(); i += stepI) {
				int cell = mesh.index(i, j, k);
				double mx = frame.mx(cell), my = frame.my(cell);
				if (mx == 0 && my == 0 && frame.mz(cell) == 0) {
					continue;
				}
				double cx = target.x + (i + 0.5) * pxX, cy = target.y + target.height - (j + 0.5) * pxY;
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

	private static int screenX(double xMetre, FieldSnapshot mesh, Rectangle target) {
		return target.x + (int) Math.round(xMetre / mesh.sizeXMetre() * target.width);
	}

	private static int screenY(double yMetre, FieldSnapshot mesh, Rectangle target) {
		return target.y + target.height - (int) Math.round(yMetre / mesh.sizeYMetre() * target.height);
	}
}
