package org.spintex.core.topology;

import java.util.ArrayList;
import java.util.List;

import org.spintex.core.results.FieldSnapshot;

/**
 * Every skyrmion (or other charged texture) of a layer: the plaquettes whose lattice charge exceeds
 * a fraction of the largest are grouped into 4-connected clusters, and each cluster gets its charge
 * and its guiding centre R = Σ r q / Σ q (Papanicolaou and Tomaras 1991, on the lattice). Where the
 * micromagnetic engine's guiding centre follows one skyrmion over the whole film, this separates
 * several. Clusters are not joined across periodic edges.
 */
public final class SkyrmionCentres {

	/** Plaquettes below this fraction of the largest |q| belong to no cluster. */
	static final double THRESHOLD = 0.02;

	/** One charged texture: centre in metres from the mesh's lower corner, and its charge. */
	public record Centre(double xMetre, double yMetre, double charge) {
	}

	private SkyrmionCentres() {
	}

	/** The charged textures of layer {@code k}, largest |charge| first; those under 0.5 are left out. */
	public static List<Centre> of(FieldSnapshot m, int k) {
		double[] q = LatticeCharge.plaquetteCharges(m, k, null);
		double largest = 0;
		for (double v : q) {
			largest = Math.max(largest, Math.abs(v));
		}
		List<Centre> centres = new ArrayList<>();
		if (largest == 0) {
			return centres;
		}
		int nx = m.nx(), ny = m.ny();
		boolean[] seen = new boolean[q.length];
		int[] stack = new int[q.length];
		for (int start = 0; start < q.length; start++) {
			if (seen[start] || Math.abs(q[start]) < THRESHOLD * largest) {
				continue;
			}
			double sum = 0, sumX = 0, sumY = 0;
			int top = 0;
			stack[top++] = start;
			seen[start] = true;
			while (top > 0) {
				int p = stack[--top];
				int i = p % nx, j = p / nx;
				// a plaquette's centre is the corner between its four cells
				sum += q[p];
				sumX += q[p] * (i + 1) * m.cellXMetre();
				sumY += q[p] * (j + 1) * m.cellYMetre();
				int[] neighbours = { i > 0 ? p - 1 : -1, i + 1 < nx ? p + 1 : -1, j > 0 ? p - nx : -1, j + 1 < ny ? p + nx : -1 };
				for (int n : neighbours) {
					if (n >= 0 && !seen[n] && Math.abs(q[n]) >= THRESHOLD * largest) {
						seen[n] = true;
						stack[top++] = n;
					}
				}
			}
			if (Math.abs(sum) >= 0.5) {
				centres.add(new Centre(sumX / sum, sumY / sum, sum));
			}
		}
		centres.sort((a, b) -> Double.compare(Math.abs(b.charge()), Math.abs(a.charge())));
		return centres;
	}
}
