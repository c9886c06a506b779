package org.spintex.ui.views.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The colour wheel's defining points: primaries at 0°, 120°, 240°, white and black at the poles. */
class MagnetizationColourMapTest {

	@Test
	void inPlaneDirectionsArePrimaryAndSecondaryColours() {
		double c = Math.cos(Math.toRadians(120));
		double s = Math.sin(Math.toRadians(120));
		assertEquals(0xFF0000, MagnetizationColourMap.rgb(1, 0, 0)); // +x red
		assertEquals(0x00FF00, MagnetizationColourMap.rgb(c, s, 0)); // 120° green
		assertEquals(0x0000FF, MagnetizationColourMap.rgb(c, -s, 0)); // 240° blue
		assertEquals(0x00FFFF, MagnetizationColourMap.rgb(-1, 0, 0)); // −x cyan, the complement of red
	}

	@Test
	void polesAreWhiteAndBlack() {
		assertEquals(0xFFFFFF, MagnetizationColourMap.rgb(0, 0, 1));
		assertEquals(0x000000, MagnetizationColourMap.rgb(0, 0, -1));
	}

	@Test
	void lengthDoesNotMatterOnlyDirection() {
		assertEquals(MagnetizationColourMap.rgb(0.3, 0.4, 0.5), MagnetizationColourMap.rgb(3, 4, 5));
	}
}
