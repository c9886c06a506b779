package org.spintex.engine.llg.demag;

/**
 * Receives one real grid row (j, k) of a padded inverse transform ({@link PaddedFft}, {@link FloatPaddedFft}); only
 * the first nx values are meaningful.
 */
@FunctionalInterface
public interface RowSink {
	void take(int j, int k, double[] row);
}
