package org.spintex.engine.negf.green;

import org.hipparchus.complex.Complex;
import org.hipparchus.complex.ComplexField;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.FieldLUDecomposition;
import org.hipparchus.linear.FieldMatrix;
import org.spintex.engine.negf.spin.SpinBlock;

/**
 * The retarded Green function of a chain by inverting the whole 2N × 2N matrix A = z − H − Σ (LU,
 * Hipparchus): O(N³), for short chains and as the independent check of {@link RecursiveGreenFunction}.
 */
public final class DenseGreenFunction implements GreenFunction {

	private final int n;
	private final FieldMatrix<Complex> g;

	/** Same arguments as {@link RecursiveGreenFunction#RecursiveGreenFunction}. */
	public DenseGreenFunction(SpinBlock[] a, double hopping) {
		this.n = a.length;
		FieldMatrix<Complex> matrix = new Array2DRowFieldMatrix<>(ComplexField.getInstance(), 2 * n, 2 * n);
		for (int i = 0; i < n; i++) {
			for (int r = 0; r < 2; r++) {
				for (int c = 0; c < 2; c++) {
					matrix.setEntry(2 * i + r, 2 * i + c, new Complex(a[i].re(r, c), a[i].im(r, c)));
				}
				if (i + 1 < n) {
					// A_{i,i+1} = −H_{i,i+1} = +γ
					matrix.setEntry(2 * i + r, 2 * (i + 1) + r, new Complex(hopping));
					matrix.setEntry(2 * (i + 1) + r, 2 * i + r, new Complex(hopping));
				}
			}
		}
		this.g = new FieldLUDecomposition<>(matrix).getSolver().getInverse();
	}

	@Override
	public int sites() {
		return n;
	}

	private SpinBlock block(int i, int j) {
		Complex a = g.getEntry(2 * i, 2 * j), b = g.getEntry(2 * i, 2 * j + 1);
		Complex c = g.getEntry(2 * i + 1, 2 * j), d = g.getEntry(2 * i + 1, 2 * j + 1);
		return new SpinBlock(a.getReal(), a.getImaginary(), b.getReal(), b.getImaginary(), c.getReal(), c.getImaginary(),
				d.getReal(), d.getImaginary());
	}

	@Override
	public SpinBlock diagonal(int i) {
		return block(i, i);
	}

	@Override
	public SpinBlock fromFirst(int i) {
		return block(i, 0);
	}

	@Override
	public SpinBlock fromLast(int i) {
		return block(i, n - 1);
	}

	@Override
	public SpinBlock[] sandwichDiagonal(SpinBlock[] v) {
		SpinBlock[] result = new SpinBlock[n];
		for (int i = 0; i < n; i++) {
			SpinBlock sum = SpinBlock.ZERO;
			for (int j = 0; j < n; j++) {
				if (v[j] != null) {
					sum = sum.plus(block(i, j).times(v[j]).times(block(j, i)));
				}
			}
			result[i] = sum;
		}
		return result;
	}
}
