package org.spintex.ui.views.texture;

/**
 * The part of the film the Texture view shows: at zoom 1 the whole film as large as the view allows
 * with its true aspect ratio, centred; zooming keeps the film point under the cursor where it is,
 * panning moves the film with the mouse, and the film never leaves the view entirely. Screen
 * coordinates have y downwards, film coordinates (metres) y upwards.
 */
public final class TextureViewport {

	/** A rectangle on screen, in pixels (double, so that zoomed placements do not drift). */
	public record Box(double x, double y, double width, double height) {
	}

	static final double MAX_ZOOM = 64;

	private double zoom = 1;
	/** Offset of the film's placement from its centred position at this zoom, in pixels. */
	private double offsetX, offsetY;

	public double zoom() {
		return zoom;
	}

	/** Back to the whole film. */
	public void reset() {
		zoom = 1;
		offsetX = 0;
		offsetY = 0;
	}

	/** Where the film of size {@code widthMetre} × {@code heightMetre} lands in {@code area}. */
	public Box placement(double widthMetre, double heightMetre, Box area) {
		double scale = zoom * Math.min(area.width() / widthMetre, area.height() / heightMetre);
		double w = widthMetre * scale, h = heightMetre * scale;
		return new Box(area.x() + (area.width() - w) / 2 + offsetX, area.y() + (area.height() - h) / 2 + offsetY, w, h);
	}

	/** Multiplies the zoom by {@code factor} about the screen point (px, py), within [1, {@value #MAX_ZOOM}]. */
	public void zoomAt(double px, double py, double factor, double widthMetre, double heightMetre, Box area) {
		Box before = placement(widthMetre, heightMetre, area);
		double u = (px - before.x()) / before.width(), v = (py - before.y()) / before.height();
		double newZoom = Math.max(1, Math.min(MAX_ZOOM, zoom * factor));
		if (newZoom == 1) {
			reset();
			return;
		}
		zoom = newZoom;
		offsetX = 0;
		offsetY = 0;
		Box centred = placement(widthMetre, heightMetre, area);
		// the film point (u, v) stays under the cursor
		offsetX = px - (centred.x() + u * centred.width());
		offsetY = py - (centred.y() + v * centred.height());
		keepInView(widthMetre, heightMetre, area);
	}

	/** Moves the film by (dx, dy) pixels. */
	public void panBy(double dx, double dy, double widthMetre, double heightMetre, Box area) {
		offsetX += dx;
		offsetY += dy;
		keepInView(widthMetre, heightMetre, area);
	}

	/** The film point under the screen point (px, py), in metres from its lower left corner. */
	public double[] toFilm(double px, double py, double widthMetre, double heightMetre, Box area) {
		Box at = placement(widthMetre, heightMetre, area);
		return new double[] { (px - at.x()) / at.width() * widthMetre, (at.y() + at.height() - py) / at.height() * heightMetre };
	}

	/** Metres per screen pixel at this zoom. */
	public double metresPerPixel(double widthMetre, double heightMetre, Box area) {
		return widthMetre / placement(widthMetre, heightMetre, area).width();
	}

	/** At least a quarter of the view stays covered by the film in each direction. */
	private void keepInView(double widthMetre, double heightMetre, Box area) {
		Box at = placement(widthMetre, heightMetre, area);
		double marginX = Math.min(at.width(), area.width()) / 4, marginY = Math.min(at.height(), area.height()) / 4;
		if (at.x() > area.x() + area.width() - marginX) {
			offsetX -= at.x() - (area.x() + area.width() - marginX);
		}
		if (at.x() + at.width() < area.x() + marginX) {
			offsetX += area.x() + marginX - (at.x() + at.width());
		}
		if (at.y() > area.y() + area.height() - marginY) {
			offsetY -= at.y() - (area.y() + area.height() - marginY);
		}
		if (at.y() + at.height() < area.y() + marginY) {
			offsetY += area.y() + marginY - (at.y() + at.height());
		}
	}
}
