package org.spintex.ui.views.texture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * The snapshots of a series as an animated GIF that loops: each frame the colours of the chosen
 * quantity (no overlays), enlarged by a whole number of pixels per cell so that the longer side is
 * near {@value #TARGET_PX} px, in a fixed 6 × 7 × 6 colour cube (GIF holds 256 colours). Needs no
 * display: it runs in a background job.
 */
final class TextureMovie {

	static final int TARGET_PX = 480;
	/** Hundredths of a second per frame. */
	static final int DELAY = 12;
	private static final int RED = 6, GREEN = 7, BLUE = 6;

	private TextureMovie() {
	}

	/**
	 * Writes {@code series} at layer {@code layer} to {@code gif}; returns the number of frames.
	 *
	 * @param cancelled asked between frames; the file is then not written
	 */
	static int write(SnapshotSeries series, int layer, ColourQuantity quantity, Path gif, BooleanSupplier cancelled)
			throws IOException {
		List<ImageData> frames = new ArrayList<>();
		for (Path file : series.files()) {
			if (cancelled.getAsBoolean()) {
				return 0;
			}
			TextureFrame frame = TextureFrame.read(file);
			int k = Math.max(0, Math.min(layer, frame.m().nz() - 1));
			ImageData indexed = indexed(enlarged(TexturePicture.colours(frame, k, quantity)));
			indexed.delayTime = DELAY;
			indexed.disposalMethod = SWT.DM_FILL_NONE;
			frames.add(indexed);
		}
		if (frames.isEmpty()) {
			throw new IOException("the series " + series.quantity() + " in " + series.folder() + " has no snapshots");
		}
		ImageLoader loader = new ImageLoader();
		loader.data = frames.toArray(ImageData[]::new);
		loader.logicalScreenWidth = frames.get(0).width;
		loader.logicalScreenHeight = frames.get(0).height;
		loader.repeatCount = 0;
		try (OutputStream out = Files.newOutputStream(gif)) {
			loader.save(out, SWT.IMAGE_GIF);
		}
		return frames.size();
	}

	/** Each cell as a square of n × n pixels, n = the whole factor that brings the longer side near the target. */
	static ImageData enlarged(ImageData cells) {
		int n = Math.max(1, (int) Math.round((double) TARGET_PX / Math.max(cells.width, cells.height)));
		ImageData big = new ImageData(cells.width * n, cells.height * n, 24, cells.palette);
		for (int y = 0; y < big.height; y++) {
			for (int x = 0; x < big.width; x++) {
				big.setPixel(x, y, cells.getPixel(x / n, y / n));
			}
		}
		return big;
	}

	/** The nearest colour of the cube for every pixel of a 24-bit image. */
	static ImageData indexed(ImageData rgb) {
		RGB[] cube = new RGB[RED * GREEN * BLUE];
		for (int r = 0; r < RED; r++) {
			for (int g = 0; g < GREEN; g++) {
				for (int b = 0; b < BLUE; b++) {
					cube[(r * GREEN + g) * BLUE + b] = new RGB(level(r, RED), level(g, GREEN), level(b, BLUE));
				}
			}
		}
		ImageData out = new ImageData(rgb.width, rgb.height, 8, new PaletteData(cube));
		for (int y = 0; y < rgb.height; y++) {
			for (int x = 0; x < rgb.width; x++) {
				RGB c = rgb.palette.getRGB(rgb.getPixel(x, y));
				out.setPixel(x, y, (nearest(c.red, RED) * GREEN + nearest(c.green, GREEN)) * BLUE + nearest(c.blue, BLUE));
			}
		}
		return out;
	}

	private static int level(int index, int levels) {
		return (int) Math.round(255.0 * index / (levels - 1));
	}

	private static int nearest(int channel, int levels) {
		return (int) Math.round(channel * (levels - 1) / 255.0);
	}
}
