package org.spintex.engine.llg.fft;

/**
 * Whether Java's Vector API (the incubator module jdk.incubator.vector) can be used: it must be in the
 * boot layer ({@code --add-modules jdk.incubator.vector}; the {@code spintex} launcher, the workbench and
 * the tests pass it) and offer registers of at least 256 bits. {@link VectorButterflies} and
 * {@link FloatVectorButterflies} are only loaded when it can, so this bundle runs on any JVM.
 */
public final class VectorSupportProbe {

	static final boolean VECTOR_AVAILABLE = probe();

	/**
	 * Whether this engine's SIMD kernels run: the FFT's butterflies and the exchange Laplacian. False with
	 * {@code -Dspintex.fft.scalar=true}, which runs every kernel in plain Java (bit-identical results).
	 */
	public static boolean available() {
		return VECTOR_AVAILABLE;
	}

	private VectorSupportProbe() {
	}

	private static boolean probe() {
		if (Boolean.getBoolean("spintex.fft.scalar")) {
			return false;
		}
		if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
			return false;
		}
		try {
			return VectorButterflies.usable() && FloatVectorButterflies.usable();
		} catch (LinkageError | RuntimeException notThere) {
			return false;
		}
	}

	static Butterflies vectorButterflies() {
		return new VectorButterflies();
	}

	static FloatButterflies vectorFloatButterflies() {
		return new FloatVectorButterflies();
	}
}
