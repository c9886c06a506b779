package org.spintex.engine.llg.demag;

/** Aharoni's demagnetising factor of a rectangular prism, J. Appl. Phys. 83, 3432 (1998), eq. (1): an independent reference. */
public final class Aharoni {

	private Aharoni() {
	}

	/**
	 * Aharoni's closed form of the demagnetising factor along z of a rectangular prism with half-sides
	 * a, b, c (2a × 2b × 2c), written out independently of the Newell functions.
	 */
	public static double nzz(double a, double b, double c) {
		double abc = Math.sqrt(a * a + b * b + c * c);
		double ab = Math.sqrt(a * a + b * b);
		double bc = Math.sqrt(b * b + c * c);
		double ac = Math.sqrt(a * a + c * c);
		double pi = Math.PI;
		double t = (b * b - c * c) / (2 * b * c) * Math.log((abc - a) / (abc + a))
				+ (a * a - c * c) / (2 * a * c) * Math.log((abc - b) / (abc + b))
				+ b / (2 * c) * Math.log((ab + a) / (ab - a))
				+ a / (2 * c) * Math.log((ab + b) / (ab - b))
				+ c / (2 * a) * Math.log((bc - b) / (bc + b))
				+ c / (2 * b) * Math.log((ac - a) / (ac + a))
				+ 2 * Math.atan(a * b / (c * abc))
				+ (a * a * a + b * b * b - 2 * c * c * c) / (3 * a * b * c)
				+ (a * a + b * b - 2 * c * c) / (3 * a * b * c) * abc
				+ c / (a * b) * (ac + bc)
				- (Math.pow(ab, 3) + Math.pow(bc, 3) + Math.pow(ac, 3)) / (3 * a * b * c);
		return t / pi;
	}
}
