package org.spintex.engine.llg.mesh;

/**
 * The in-plane outline of a film, in coordinates measured from the centre of the mesh. A cell
 * belongs to the film when its centre lies inside; cells outside carry no magnetization.
 */
public sealed interface Shape {

	boolean contains(double xFromCentreMetre, double yFromCentreMetre);

	/** The whole mesh: boxes and wires. */
	record Everywhere() implements Shape {
		@Override
		public boolean contains(double x, double y) {
			return true;
		}
	}

	/** A disk of the given diameter. */
	record Disk(double diameterMetre) implements Shape {
		@Override
		public boolean contains(double x, double y) {
			double r = diameterMetre / 2;
			return x * x + y * y <= r * r;
		}
	}

	/** An ellipse with full axes along x and y. */
	record Ellipse(double axisXMetre, double axisYMetre) implements Shape {
		@Override
		public boolean contains(double x, double y) {
			double a = x / (axisXMetre / 2);
			double b = y / (axisYMetre / 2);
			return a * a + b * b <= 1;
		}
	}

	/** A ring (loop) between an inner and an outer diameter. */
	record Ring(double outerDiameterMetre, double innerDiameterMetre) implements Shape {
		public Ring {
			if (!(innerDiameterMetre < outerDiameterMetre)) {
				throw new IllegalArgumentException("a loop's inner diameter must be smaller than its outer diameter");
			}
		}

		@Override
		public boolean contains(double x, double y) {
			double rr = x * x + y * y;
			double ro = outerDiameterMetre / 2;
			double ri = innerDiameterMetre / 2;
			return rr <= ro * ro && rr >= ri * ri;
		}
	}

	/** The saturation magnetization per cell: {@code msAmperePerMetre} inside this shape, 0 outside. */
	default double[] fill(Mesh mesh, double msAmperePerMetre) {
		double[] ms = new double[mesh.cellCount()];
		double cx = mesh.sizeXMetre() / 2;
		double cy = mesh.sizeYMetre() / 2;
		for (int k = 0; k < mesh.nz(); k++) {
			for (int j = 0; j < mesh.ny(); j++) {
				for (int i = 0; i < mesh.nx(); i++) {
					if (contains(mesh.centreX(i) - cx, mesh.centreY(j) - cy)) {
						ms[mesh.index(i, j, k)] = msAmperePerMetre;
					}
				}
			}
		}
		return ms;
	}
}
