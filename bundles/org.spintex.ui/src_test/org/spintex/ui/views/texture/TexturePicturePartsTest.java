package org.spintex.ui.views.texture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.io.ovf.OvfFormat;
import org.spintex.io.ovf.OvfWriter;

/**
 * The parts of the Texture view's picture that carry numbers: the scale bar, the zoom and pan of the
 * viewport, the diverging colours, the charge density (a density that sums to Q) and the movie.
 */
class TexturePicturePartsTest {

	@TempDir
	Path tmp;

	@Test
	void theScaleBarIsTheLongestRoundLengthThatFits() {
		ScaleBar bar = ScaleBar.fitting(1e-9, 160);
		assertEquals(100e-9, bar.lengthMetre(), 1e-20);
		assertEquals(100, bar.pixels(), 1e-9);
		assertEquals("100 nm", bar.label());
		ScaleBar fifty = ScaleBar.fitting(0.37e-9, 160);
		assertEquals("50 nm", fifty.label());
		assertEquals(50 / 0.37, fifty.pixels(), 1e-9);
		assertEquals("2 µm", ScaleBar.fitting(20e-9, 160).label());
	}

	@Test
	void theWholeFilmFillsTheViewWithItsAspectRatioAndZoomKeepsThePointUnderTheCursor() {
		TextureViewport viewport = new TextureViewport();
		TextureViewport.Box area = new TextureViewport.Box(0, 0, 800, 600);
		// the racetrack: 512 nm × 192 nm fills the width, centred vertically
		TextureViewport.Box whole = viewport.placement(512e-9, 192e-9, area);
		assertEquals(800, whole.width(), 1e-9);
		assertEquals(300, whole.height(), 1e-9);
		assertEquals(150, whole.y(), 1e-9);
		double[] before = viewport.toFilm(600, 250, 512e-9, 192e-9, area);
		viewport.zoomAt(600, 250, 4, 512e-9, 192e-9, area);
		assertEquals(4, viewport.zoom(), 0);
		assertArrayEquals(before, viewport.toFilm(600, 250, 512e-9, 192e-9, area), 1e-15);
		assertEquals(512e-9 / 3200, viewport.metresPerPixel(512e-9, 192e-9, area), 1e-20);
		// panning far away stops with a quarter of the view still on the film
		viewport.panBy(1e6, 0, 512e-9, 192e-9, area);
		assertEquals(600, viewport.placement(512e-9, 192e-9, area).x(), 1e-9);
		viewport.zoomAt(0, 0, 1e-3, 512e-9, 192e-9, area);
		assertEquals(1, viewport.zoom(), 0);
		assertEquals(whole, viewport.placement(512e-9, 192e-9, area));
	}

	@Test
	void theDivergingMapIsNeutralAtZeroAndSymmetric() {
		assertEquals(DivergingColourMap.NEUTRAL, DivergingColourMap.rgb(0, 1));
		assertEquals(DivergingColourMap.WARM, DivergingColourMap.rgb(2, 2));
		assertEquals(DivergingColourMap.COLD, DivergingColourMap.rgb(-5, 2), "clamped beyond the range");
		assertEquals(DivergingColourMap.NEUTRAL, DivergingColourMap.rgb(3, 0), "no range, no colour");
	}

	@Test
	void theChargeDensityOfASkyrmionSumsToItsCharge() {
		TextureFrame skyrmion = new TextureFrame("skyrmion", 0, skyrmion(64, 1e-9, 20e-9));
		double[] density = ColourQuantity.CHARGE_DENSITY.values(skyrmion, 0);
		double sum = 0;
		for (double q : density) {
			sum += q * 1e-9 * 1e-9;
		}
		// a whole skyrmion in a uniform film: |Q| = 1 exactly (the lattice charge of a texture with a
		// uniform boundary is an integer)
		assertEquals(1, Math.abs(sum), 1e-9);
		assertEquals(ColourQuantity.CHARGE_DENSITY.range(density), java.util.Arrays.stream(density).map(Math::abs).max()
				.orElseThrow(), 0);
		assertEquals(1, ColourQuantity.MZ.range(ColourQuantity.MZ.values(skyrmion, 0)), 0, "a component of m spans ±1");
	}

	@Test
	void theMovieHasOneLoopingFramePerSnapshotInTheColoursOfTheView() throws IOException {
		for (int n = 0; n < 3; n++) {
			Files.write(tmp.resolve(String.format("m%06d.ovf", n)), OvfWriter.write(skyrmion(32, 1e-9, (4 + n) * 1e-9),
					OvfFormat.BINARY4));
		}
		Path gif = tmp.resolve("m.gif");
		int frames = TextureMovie.write(SnapshotSeries.of(tmp, "m"), 0, ColourQuantity.DIRECTION, gif, () -> false);
		assertEquals(3, frames);
		// read back with the JDK's own GIF reader, independent of the writer
		javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
		try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
			reader.setInput(in);
			assertEquals(3, reader.getNumImages(true));
			java.awt.image.BufferedImage first = reader.read(0);
			assertEquals(32 * 15, first.getWidth(), "each cell 15 px: the longer side near 480 px");
			// far from the core the film points up: white on the colour wheel
			assertEquals(0xFFFFFF, first.getRGB(2, 2) & 0xFFFFFF);
			// the core points down: dark
			java.awt.Color core = new java.awt.Color(first.getRGB(16 * 15, 16 * 15));
			assertTrue(core.getRed() + core.getGreen() + core.getBlue() < 3 * 60, "core " + core);
		} finally {
			reader.dispose();
		}
		// the NETSCAPE2.0 application extension with loop count 0: the movie loops
		String bytes = new String(Files.readAllBytes(gif), java.nio.charset.StandardCharsets.ISO_8859_1);
		assertTrue(bytes.contains("NETSCAPE2.0\u0003\u0001\u0000\u0000"), "loops forever");
	}

	/** A Néel skyrmion at the centre of an n × n film of cells a: θ = π(1 − r/R) inside R, up outside. */
	private static FieldSnapshot skyrmion(int n, double a, double radius) {
		double[][] m = new double[3][n * n];
		for (int j = 0; j < n; j++) {
			for (int i = 0; i < n; i++) {
				double x = (i + 0.5 - n / 2.0) * a, y = (j + 0.5 - n / 2.0) * a, r = Math.hypot(x, y);
				double theta = r < radius ? Math.PI * (1 - r / radius) : 0;
				double phi = Math.atan2(y, x);
				m[0][i + n * j] = Math.sin(theta) * Math.cos(phi);
				m[1][i + n * j] = Math.sin(theta) * Math.sin(phi);
				m[2][i + n * j] = Math.cos(theta);
			}
		}
		return new FieldSnapshot("m", "1", 0, n, n, 1, a, a, a, m);
	}
}
