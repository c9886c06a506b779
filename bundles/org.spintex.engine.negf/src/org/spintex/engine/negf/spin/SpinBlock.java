package org.spintex.engine.negf.spin;

/**
 * A complex 2 × 2 matrix in spin space: one site's block of a Hamiltonian, self-energy or Green
 * function. Immutable; entries a_rc = re[2r + c] + i·im[2r + c].
 */
public final class SpinBlock {

	public static final SpinBlock ZERO = new SpinBlock(0, 0, 0, 0, 0, 0, 0, 0);
	public static final SpinBlock IDENTITY = new SpinBlock(1, 0, 0, 0, 0, 0, 1, 0);
	public static final SpinBlock SIGMA_Z = new SpinBlock(1, 0, 0, 0, 0, 0, -1, 0);
	/** Projectors on spin up and down along z. */
	public static final SpinBlock UP = new SpinBlock(1, 0, 0, 0, 0, 0, 0, 0);
	public static final SpinBlock DOWN = new SpinBlock(0, 0, 0, 0, 0, 0, 1, 0);

	private final double r00, i00, r01, i01, r10, i10, r11, i11;

	public SpinBlock(double r00, double i00, double r01, double i01, double r10, double i10, double r11, double i11) {
		this.r00 = r00;
		this.i00 = i00;
		this.r01 = r01;
		this.i01 = i01;
		this.r10 = r10;
		this.i10 = i10;
		this.r11 = r11;
		this.i11 = i11;
	}

	/** a·1 + b·σ_x + c·σ_y + d·σ_z with real a, b, c, d: the Hermitian block a + b·σ. */
	public static SpinBlock pauli(double a, double bx, double by, double bz) {
		return new SpinBlock(a + bz, 0, bx, -by, bx, by, a - bz, 0);
	}

	/** The diagonal block diag(up, down) with complex entries. */
	public static SpinBlock diagonal(double upRe, double upIm, double downRe, double downIm) {
		return new SpinBlock(upRe, upIm, 0, 0, 0, 0, downRe, downIm);
	}

	public double re(int row, int column) {
		return row == 0 ? (column == 0 ? r00 : r01) : (column == 0 ? r10 : r11);
	}

	public double im(int row, int column) {
		return row == 0 ? (column == 0 ? i00 : i01) : (column == 0 ? i10 : i11);
	}

	public SpinBlock plus(SpinBlock b) {
		return new SpinBlock(r00 + b.r00, i00 + b.i00, r01 + b.r01, i01 + b.i01, r10 + b.r10, i10 + b.i10, r11 + b.r11, i11 + b.i11);
	}

	public SpinBlock minus(SpinBlock b) {
		return new SpinBlock(r00 - b.r00, i00 - b.i00, r01 - b.r01, i01 - b.i01, r10 - b.r10, i10 - b.i10, r11 - b.r11, i11 - b.i11);
	}

	public SpinBlock times(double s) {
		return new SpinBlock(s * r00, s * i00, s * r01, s * i01, s * r10, s * i10, s * r11, s * i11);
	}

	/** (re + i·im)·this. */
	public SpinBlock times(double re, double im) {
		return new SpinBlock(re * r00 - im * i00, re * i00 + im * r00, re * r01 - im * i01, re * i01 + im * r01,
				re * r10 - im * i10, re * i10 + im * r10, re * r11 - im * i11, re * i11 + im * r11);
	}

	public SpinBlock times(SpinBlock b) {
		return new SpinBlock(
				r00 * b.r00 - i00 * b.i00 + r01 * b.r10 - i01 * b.i10, r00 * b.i00 + i00 * b.r00 + r01 * b.i10 + i01 * b.r10,
				r00 * b.r01 - i00 * b.i01 + r01 * b.r11 - i01 * b.i11, r00 * b.i01 + i00 * b.r01 + r01 * b.i11 + i01 * b.r11,
				r10 * b.r00 - i10 * b.i00 + r11 * b.r10 - i11 * b.i10, r10 * b.i00 + i10 * b.r00 + r11 * b.i10 + i11 * b.r10,
				r10 * b.r01 - i10 * b.i01 + r11 * b.r11 - i11 * b.i11, r10 * b.i01 + i10 * b.r01 + r11 * b.i11 + i11 * b.r11);
	}

	/** The Hermitian conjugate. */
	public SpinBlock dagger() {
		return new SpinBlock(r00, -i00, r10, -i10, r01, -i01, r11, -i11);
	}

	public SpinBlock inverse() {
		// det = a00 a11 − a01 a10
		double dr = r00 * r11 - i00 * i11 - (r01 * r10 - i01 * i10);
		double di = r00 * i11 + i00 * r11 - (r01 * i10 + i01 * r10);
		double n = dr * dr + di * di;
		if (!(n > 0)) {
			throw new ArithmeticException("singular spin block");
		}
		// 1/det = conj(det)/|det|²
		double ur = dr / n, ui = -di / n;
		return new SpinBlock(r11, i11, -r01, -i01, -r10, -i10, r00, i00).times(ur, ui);
	}

	/** Re Tr(this). */
	public double traceRe() {
		return r00 + r11;
	}

	/** Re Tr(this·σ_a) for a = x, y, z: for a density-matrix block ρ_ii, the spin density ⟨σ_i⟩ (seed 004 eq. (4)). */
	public double[] pauliComponentsRe() {
		// Tr(A σ_x) = a01 + a10, Tr(A σ_y) = i(a01 − a10), Tr(A σ_z) = a00 − a11
		return new double[] { r01 + r10, -(i01 - i10), r00 - r11 };
	}

	/** The anti-Hermitian part's generator: (A − A†)/(2i), Hermitian, the "Im" of a matrix. */
	public SpinBlock imaginaryPart() {
		return minus(dagger()).times(0, -0.5);
	}

	/** Largest absolute entry, for tests and convergence checks. */
	public double maxAbs() {
		return Math.max(Math.max(Math.hypot(r00, i00), Math.hypot(r01, i01)), Math.max(Math.hypot(r10, i10), Math.hypot(r11, i11)));
	}
}
