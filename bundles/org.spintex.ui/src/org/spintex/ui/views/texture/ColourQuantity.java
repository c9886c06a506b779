package org.spintex.ui.views.texture;

import org.spintex.core.results.FieldSnapshot;

/**
 * What the colours of the Texture view show: the direction of m on the colour wheel, one component
 * of m, or the topological charge density, the last four on a diverging map with a colour bar.
 */
public enum ColourQuantity {

	/** In-plane angle as hue, m_z as lightness: MuMax3's and OOMMF's picture. */
	DIRECTION("direction (colour wheel)", ""),
	MX("m_x", "m_x"),
	MY("m_y", "m_y"),
	MZ("m_z", "m_z"),
	/** The lattice charge per plaquette (Berg–Lüscher) over the plaquette's area, symmetric about 0. */
	CHARGE_DENSITY("charge density", "q");

	private final String label;
	private final String symbol;

	ColourQuantity(String label, String symbol) {
		this.label = label;
		this.symbol = symbol;
	}

	public String label() {
		return label;
	}

	/** The symbol on the colour bar. */
	public String symbol() {
		return symbol;
	}

	/** A diverging map with a colour bar rather than the colour wheel. */
	public boolean scalar() {
		return this != DIRECTION;
	}

	/**
	 * The values of layer {@code k} on the picture's grid (index i + nx·j): the component per cell, or the
	 * charge of each plaquette per m² (the plaquettes of the lattice charge, one per cell).
	 */
	double[] values(TextureFrame frame, int k) {
		FieldSnapshot mesh = frame.m();
		if (this == CHARGE_DENSITY) {
			double[] q = frame.charges(k).clone();
			double area = mesh.cellXMetre() * mesh.cellYMetre();
			for (int c = 0; c < q.length; c++) {
				q[c] /= area;
			}
			return q;
		}
		int component = switch (this) {
		case MX -> 0;
		case MY -> 1;
		case MZ -> 2;
		default -> throw new IllegalStateException(this + " is not a component");
		};
		double[] values = new double[mesh.nx() * mesh.ny()];
		for (int j = 0; j < mesh.ny(); j++) {
			for (int i = 0; i < mesh.nx(); i++) {
				values[i + mesh.nx() * j] = mesh.components()[component][mesh.index(i, j, k)];
			}
		}
		return values;
	}

	/**
	 * The symmetric range ±r of the colour bar: ±1 for a component of the unit vector m, the largest
	 * |q| for the charge density (so that a faint texture is still seen, and 0 is white).
	 */
	double range(double[] values) {
		if (this != CHARGE_DENSITY) {
			return 1;
		}
		double largest = 0;
		for (double v : values) {
			largest = Math.max(largest, Math.abs(v));
		}
		return largest;
	}
}
