package org.spintex.engine.negf.density;

import org.spintex.engine.negf.spin.SpinBlock;

/** Packing of per-site spin blocks into the flat vectors that the quadrature integrates. */
final class SpinBlocks {

	static final int DOUBLES = 8;

	private SpinBlocks() {
	}

	static void pack(SpinBlock[] blocks, double scaleRe, double scaleIm, double[] out, int offset) {
		for (int i = 0; i < blocks.length; i++) {
			SpinBlock b = blocks[i].times(scaleRe, scaleIm);
			int o = offset + DOUBLES * i;
			for (int r = 0; r < 2; r++) {
				for (int c = 0; c < 2; c++) {
					out[o + 2 * (2 * r + c)] = b.re(r, c);
					out[o + 2 * (2 * r + c) + 1] = b.im(r, c);
				}
			}
		}
	}

	static SpinBlock[] unpack(double[] values, int offset, int sites) {
		SpinBlock[] blocks = new SpinBlock[sites];
		for (int i = 0; i < sites; i++) {
			int o = offset + DOUBLES * i;
			blocks[i] = new SpinBlock(values[o], values[o + 1], values[o + 2], values[o + 3], values[o + 4], values[o + 5],
					values[o + 6], values[o + 7]);
		}
		return blocks;
	}
}
