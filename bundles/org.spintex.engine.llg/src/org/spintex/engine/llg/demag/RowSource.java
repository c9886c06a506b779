package org.spintex.engine.llg.demag;

/**
 * Supplies the real values of one grid row (j, k) to a padded transform ({@link PaddedFft}, {@link FloatPaddedFft}):
 * at most px values into {@code row}, whose rest stays 0. Rows are double in both precisions; a single-precision
 * transform rounds them once as it packs them.
 */
@FunctionalInterface
public interface RowSource {
	void fill(int j, int k, double[] row);
}
