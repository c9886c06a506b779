package org.spintex.engine.llg.demag;

/**
 * The demagnetising tensor of a cell together with its periodic images along x and/or y, for films
 * that repeat themselves. The images out to {@link #EXTENT_ONE_AXIS} (one periodic axis) or
 * {@link #EXTENT_TWO_AXES} (two) times the sample's largest size, and at least that many periods, are
 * summed one by one; the rest act as a continuum of dipoles spread over the period, whose tensor has a
 * closed form (below). The continuum carries the slowly converging part — in a film periodic in x and
 * y the image sum falls off only like t/(R·L) — and what it misses, the texture's own variation, has
 * died out exponentially at that distance. An infinite film of one layer so has N_zz = 1 and an
 * infinite wire N_xx = 0 to 1e-5.
 */
final class PeriodicImages {

	static final int EXTENT_ONE_AXIS = 16;
	static final int EXTENT_TWO_AXES = 8;
	/** Beyond this many cell sizes an image acts as a point dipole (its cell average differs by (h/r)²). */
	private static final double POINT_DIPOLE_CELLS = 100;

	private final NewellTensor tensor;
	private final double volume;
	private final double pointDipoleMetre;
	private final double periodXMetre, periodYMetre;
	private final int imagesX, imagesY;
	private final double[] tail;

	/**
	 * @param sampleMetre the sample's largest size (any axis)
	 * @param periodXMetre the period along x, or 0 if the film does not repeat along x
	 * @param periodYMetre likewise along y
	 */
	PeriodicImages(double cellXMetre, double cellYMetre, double cellZMetre, double sampleMetre, double periodXMetre,
			double periodYMetre) {
		this.tensor = new NewellTensor(cellXMetre, cellYMetre, cellZMetre);
		this.volume = cellXMetre * cellYMetre * cellZMetre;
		this.pointDipoleMetre = POINT_DIPOLE_CELLS * Math.max(cellXMetre, Math.max(cellYMetre, cellZMetre));
		this.periodXMetre = periodXMetre;
		this.periodYMetre = periodYMetre;
		int extent = periodXMetre > 0 && periodYMetre > 0 ? EXTENT_TWO_AXES : EXTENT_ONE_AXIS;
		this.imagesX = periodXMetre > 0 ? (int) Math.ceil(extent * sampleMetre / periodXMetre) : 0;
		this.imagesY = periodYMetre > 0 ? (int) Math.ceil(extent * sampleMetre / periodYMetre) : 0;
		this.tail = continuumTail();
	}

	/** The six components (xx, yy, zz, xy, xz, yz) summed over the images of a source displaced by (x, y, z). */
	double[] at(double x, double y, double z) {
		double[] n = tail.clone();
		for (int a = -imagesX; a <= imagesX; a++) {
			for (int b = -imagesY; b <= imagesY; b++) {
				double ix = x + a * periodXMetre, iy = y + b * periodYMetre;
				if (ix * ix + iy * iy + z * z > pointDipoleMetre * pointDipoleMetre) {
					NewellTensor.dipole(ix, iy, z, volume, n);
				} else {
					double[] image = tensor.at(ix, iy, z);
					for (int c = 0; c < 6; c++) {
						n[c] += image[c];
					}
				}
			}
		}
		return n;
	}

	/**
	 * The images beyond the summed ones, as dipoles smeared uniformly over the period: the point-dipole
	 * kernel N_ab = −(3 r_a r_b − δ_ab r²)/(4π r⁵) integrated outside |x| < X (and |y| < Y), X = (R + ½)L.
	 * Films are thin against X, so the source sits in the plane z = 0; the result is traceless, as the
	 * dipole kernel is away from its source.
	 */
	private double[] continuumTail() {
		double[] n = new double[6];
		if (imagesX > 0 && imagesY > 0) {
			// per unit area σ = V/(Lx Ly); with d = √(X² + Y²), s = Y/d, c = X/d:
			// ∫∫ dA/ρ³ = 4d/(XY), ∫∫ x² dA/ρ⁵ = 4[(s − s³/3)/X + c³/(3Y)], and the same with x ↔ y
			double bigX = (imagesX + 0.5) * periodXMetre, bigY = (imagesY + 0.5) * periodYMetre;
			double d = Math.hypot(bigX, bigY), s = bigY / d, c = bigX / d;
			double inverseCube = 4 * d / (bigX * bigY);
			double xSquared = 4 * ((s - s * s * s / 3) / bigX + c * c * c / (3 * bigY));
			double ySquared = 4 * ((c - c * c * c / 3) / bigY + s * s * s / (3 * bigX));
			double sigma = volume / (periodXMetre * periodYMetre) / (4 * Math.PI);
			n[0] = -sigma * (3 * xSquared - inverseCube);
			n[1] = -sigma * (3 * ySquared - inverseCube);
			n[2] = sigma * inverseCube;
		} else if (imagesX > 0 || imagesY > 0) {
			// per unit length λ = V/L: along the axis −λ/(2π X²), across it +λ/(4π X²)
			double period = imagesX > 0 ? periodXMetre : periodYMetre;
			double bigX = ((imagesX > 0 ? imagesX : imagesY) + 0.5) * period;
			double lambda = volume / period / (4 * Math.PI * bigX * bigX);
			int along = imagesX > 0 ? 0 : 1;
			n[0] = n[1] = n[2] = lambda;
			n[along] = -2 * lambda;
		}
		return n;
	}
}
