package org.spintex.engine.llg.term;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.demag.NewellTensor;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.mesh.Shape;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.input.Precision;

class DemagFieldTest {

	private static final double NM = Fixtures.NM;
	private static final double MS = 800e3;

	/**
	 * The tolerance of a check whose double-precision result is exact to rounding: single precision stores and
	 * transforms the spectra in float (unit roundoff 6e-8), a few such errors per value after the FFT's passes.
	 */
	private static double tolerance(Precision precision, double inDouble) {
		return precision == Precision.DOUBLE ? inDouble : 2e-6;
	}

	private static double averageFactor(Magnet magnet, double mx, double my, double mz) {
		return averageFactor(magnet, mx, my, mz, Precision.DOUBLE);
	}

	/** ⟨B⟩·m / (−µ₀Ms): the average demagnetising factor along m of a uniformly magnetised body. */
	private static double averageFactor(Magnet magnet, double mx, double my, double mz, Precision precision) {
		VectorField m = magnet.uniform(mx, my, mz);
		VectorField b = new VectorField(magnet.mesh());
		new DemagField(magnet, precision).addField(0, m, b);
		double sum = 0;
		for (int c = 0; c < m.cellCount(); c++) {
			if (magnet.isMagnetic(c)) {
				sum += m.x[c] * b.x[c] + m.y[c] * b.y[c] + m.z[c] * b.z[c];
			}
		}
		return -sum / magnet.magneticCellCount() / (PhysicalConstants.MU0 * MS);
	}

	@ParameterizedTest
	@EnumSource(Precision.class)
	void aCubeOfCubicCellsHasAverageFactorOneThird(Precision precision) {
		// exact for the discrete convolution: cubic symmetry plus the trace rule
		Magnet cube = Fixtures.box(new Mesh(8, 8, 8, 2 * NM, 2 * NM, 2 * NM), MS, 0.1);
		assertEquals(1.0 / 3, averageFactor(cube, 1, 0, 0, precision), tolerance(precision, 1e-11));
		assertEquals(1.0 / 3, averageFactor(cube, 0, 0, 1, precision), tolerance(precision, 1e-11));
	}

	@ParameterizedTest
	@EnumSource(Precision.class)
	void averageFactorsOfAPrismSumToOneAndMatchAharoni(Precision precision) {
		// a 40 × 20 × 6 nm prism of 2 nm cells (covers the far-field branch of the tensor too)
		Magnet prism = Fixtures.box(new Mesh(20, 10, 3, 2 * NM, 2 * NM, 2 * NM), MS, 0.1);
		double nx = averageFactor(prism, 1, 0, 0, precision), ny = averageFactor(prism, 0, 1, 0, precision),
				nz = averageFactor(prism, 0, 0, 1, precision);
		assertEquals(1, nx + ny + nz, tolerance(precision, 1e-10));
		assertEquals(org.spintex.engine.llg.demag.Aharoni.nzz(20 * NM, 10 * NM, 3 * NM), nz, tolerance(precision, 1e-10));
	}

	@Test
	void aWideThinFilmMagnetisedOutOfPlaneFeelsAlmostMinusMu0Ms() {
		// 1024 × 1024 nm, 2 nm thick: N_zz = 1 − O(t/L); the centre cell is far from the edges
		Mesh mesh = new Mesh(256, 256, 1, 4 * NM, 4 * NM, 2 * NM);
		Magnet film = Fixtures.box(mesh, MS, 0.1);
		VectorField m = film.uniform(0, 0, 1);
		VectorField b = new VectorField(mesh);
		new DemagField(film).addField(0, m, b);
		double centre = -b.z[mesh.index(128, 128, 0)] / (PhysicalConstants.MU0 * MS);
		assertEquals(1, centre, 5e-3);
	}

	@Test
	void aDiskHasTheAverageFactorsOfAThinCylinder() {
		// the sum rule must hold for any shape made of cells
		Mesh mesh = new Mesh(32, 32, 2, 2 * NM, 2 * NM, 2 * NM);
		Magnet disk = Magnet.of(mesh, new Shape.Disk(64 * NM), MS, 0.1, Fixtures.GAMMA, CellLoops.sequential());
		double sum = averageFactor(disk, 1, 0, 0) + averageFactor(disk, 0, 1, 0) + averageFactor(disk, 0, 0, 1);
		assertEquals(1, sum, 1e-10);
		assertEquals(averageFactor(disk, 1, 0, 0), averageFactor(disk, 0, 1, 0), 1e-10);
	}

	/**
	 * The FFT convolution against the direct sum: the field of one magnetised cell is −µ₀ N(r)·Ms m at
	 * every displacement r, positive and negative — all six components, each with its parity (the kernel
	 * keeps only half of the y frequencies and mirrors the rest), on a single layer and on three.
	 */
	@ParameterizedTest
	@EnumSource(Precision.class)
	void theFieldOfOneMagnetisedCellIsTheNewellTensorAtEveryDisplacement(Precision precision) {
		for (int[] grid : new int[][] { { 7, 5, 1, 4, 1, 0 }, { 5, 4, 3, 1, 2, 1 } }) {
			int nx = grid[0], ny = grid[1], nz = grid[2], i0 = grid[3], j0 = grid[4], k0 = grid[5];
			double dx = 3 * NM, dy = 2 * NM, dz = 1.5 * NM;
			Mesh mesh = new Mesh(nx, ny, nz, dx, dy, dz);
			double[] ms = new double[mesh.cellCount()];
			int source = i0 + nx * (j0 + ny * k0);
			ms[source] = MS;
			Magnet magnet = new Magnet(mesh, ms, 0.1, 1.76e11, CellLoops.sequential());
			VectorField m = new VectorField(mesh);
			double norm = Math.sqrt(0.36 + 0.25 + 0.49);
			double[] mc = { 0.6 / norm, -0.5 / norm, 0.7 / norm };
			m.set(source, mc[0], mc[1], mc[2]);
			VectorField b = new VectorField(mesh);
			new DemagField(magnet, precision).addField(0, m, b);
			NewellTensor tensor = new NewellTensor(dx, dy, dz);
			double scale = PhysicalConstants.MU0 * MS;
			for (int k = 0; k < nz; k++) {
				for (int j = 0; j < ny; j++) {
					for (int i = 0; i < nx; i++) {
						double[] n = tensor.at((i - i0) * dx, (j - j0) * dy, (k - k0) * dz);
						double[][] full = { { n[0], n[3], n[4] }, { n[3], n[1], n[5] }, { n[4], n[5], n[2] } };
						int c = i + nx * (j + ny * k);
						double[] got = { b.x[c], b.y[c], b.z[c] };
						for (int a = 0; a < 3; a++) {
							double expected = -scale * (full[a][0] * mc[0] + full[a][1] * mc[1] + full[a][2] * mc[2]);
							assertEquals(expected, got[a], tolerance(precision, 1e-12) * scale, "B_" + "xyz".charAt(a) + " at (" + i + ", " + j + ", " + k + ")");
						}
					}
				}
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Precision.class)
	void theFieldIsBitIdenticalForAnyThreadCount(Precision precision) {
		Mesh mesh = new Mesh(96, 80, 2, 3 * NM, 3 * NM, 2 * NM);
		VectorField[] fields = new VectorField[2];
		for (int t = 0; t < 2; t++) {
			Magnet magnet = Fixtures.box(mesh, MS, 0.1, t + 1);
			VectorField m = magnet.uniform(1, 0, 0);
			for (int c = 0; c < m.cellCount(); c++) {
				double phi = 0.01 * c;
				m.set(c, Math.cos(phi), Math.sin(phi), 0.1);
			}
			magnet.normalise(m);
			fields[t] = new VectorField(mesh);
			new DemagField(magnet, precision).addField(0, m, fields[t]);
			new ExchangeField(magnet, 13e-12, BoundaryCondition.neumann()).addField(0, m, fields[t]);
			magnet.loops().close();
		}
		assertArrayEquals(fields[0].x, fields[1].x);
		assertArrayEquals(fields[0].y, fields[1].y);
		assertArrayEquals(fields[0].z, fields[1].z);
	}

	@Test
	void anInfiniteFilmHasTheFactorsOneAlongItsNormalAndZeroInItsPlane() {
		// periodic in x and y, one layer: N_zz = 1 and N_xx = N_yy = 0 for the infinite sheet, in every cell
		Mesh mesh = new Mesh(16, 12, 1, 4 * NM, 4 * NM, 2 * NM, true, true);
		Magnet film = Fixtures.box(mesh, MS, 0.1);
		assertFactors(film, 0, 0, 1);
		VectorField m = film.uniform(0, 0, 1);
		VectorField b = new VectorField(mesh);
		new DemagField(film).addField(0, m, b);
		for (int c = 0; c < mesh.cellCount(); c++) {
			assertEquals(-PhysicalConstants.MU0 * MS, b.z[c], 1e-5 * PhysicalConstants.MU0 * MS);
		}
	}

	@Test
	void anInfiniteWireOfSquareSectionHasTheFactorsZeroAlongItAndOneHalfAcross() {
		// periodic in x only, 8 × 8 nm cross-section: N_xx = 0, N_yy = N_zz = 1/2 on average
		Mesh mesh = new Mesh(15, 4, 4, 2 * NM, 2 * NM, 2 * NM, true, false);
		Magnet wire = Fixtures.box(mesh, MS, 0.1);
		assertFactors(wire, 0, 0.5, 0.5);
	}

	/** The average factors along x, y and z, to 1e-5: what the image sums and their continuum tail reach. */
	private static void assertFactors(Magnet magnet, double nxx, double nyy, double nzz) {
		assertEquals(nxx, averageFactor(magnet, 1, 0, 0), 1e-5);
		assertEquals(nyy, averageFactor(magnet, 0, 1, 0), 1e-5);
		assertEquals(nzz, averageFactor(magnet, 0, 0, 1), 1e-5);
	}

	@Test
	void aStripePatternInAnInfiniteFilmFeelsTheThinFilmTransferFunction() {
		// m = cos(kx) along z, then along x, in a film periodic in x and y. Continuum thin-film result
		// (thickness-averaged): N_z(k) = (1 − e^{−kt})/(kt), N_x(k) = 1 − N_z(k) along the wave vector. Cells are
		// piecewise constant and the field is cell-averaged, so the grid sees Σ_n sinc²(k_n d/2) N(k_n)
		// over the aliases k_n = k + 2πn/d — a Fourier-space truth, independent of the real-space tensor.
		int nx = 32;
		double d = 2 * NM, t = 2 * NM, k = 2 * Math.PI / (nx * d);
		Mesh mesh = new Mesh(nx, 3, 1, d, d, t, true, true);
		Magnet film = Fixtures.box(mesh, MS, 0.1);
		// Σ_n sinc²(k_n d/2) = 1 (Poisson), so N_x follows from N_z, whose alias sum converges like 1/n³
		double normal = 0;
		for (int n = -20000; n <= 20000; n++) {
			double kn = Math.abs(k + 2 * Math.PI * n / d), u = kn * d / 2;
			double sinc = Math.sin(u) / u;
			normal += sinc * sinc * (1 - Math.exp(-kn * t)) / (kn * t);
		}
		double inPlane = 1 - normal;
		for (int axis : new int[] { 0, 2 }) {
			VectorField m = new VectorField(mesh);
			for (int c = 0; c < mesh.cellCount(); c++) {
				double wave = Math.cos(k * (c % nx + 0.5) * d);
				m.set(c, axis == 0 ? wave : 0, 0, axis == 2 ? wave : 0);
			}
			VectorField b = new VectorField(mesh);
			new DemagField(film).addField(0, m, b);
			double expected = axis == 0 ? inPlane : normal;
			for (int c = 0; c < mesh.cellCount(); c++) {
				double wave = Math.cos(k * (c % nx + 0.5) * d);
				double field = axis == 0 ? b.x[c] : b.z[c];
				assertEquals(-PhysicalConstants.MU0 * MS * expected * wave, field, 1e-5 * PhysicalConstants.MU0 * MS,
						"axis " + axis + ", cell " + c);
			}
		}
	}
}
