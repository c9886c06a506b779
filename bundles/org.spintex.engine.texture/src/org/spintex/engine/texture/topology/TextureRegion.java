package org.spintex.engine.texture.topology;

import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.MagnetMaterialInput;

/**
 * The cells over which a texture's integrals are taken: the magnetic cells at least a margin away from
 * the film's open edges and holes. A film with DMI twists its magnetization at every edge (the boundary
 * condition ∂m/∂n = (D/2A) ẑ × n̂ × m); that twist carries gradient and a fraction of solid angle but does
 * not move with the texture, so it belongs neither in the vortex number nor in the friction of eq. (89).
 */
public final class TextureRegion {

	private TextureRegion() {
	}

	/**
	 * Three decay lengths of the edge twist, √(A/K) with the easy-axis anisotropy K (2A/|D| without one),
	 * where the twist has fallen to 5 %; 0 without DMI, where the edges are not twisted.
	 */
	public static double defaultMarginMetre(MagnetMaterialInput material) {
		if (material.dmiJPerM2() == 0 || material.dmiClass() == org.spintex.input.DmiKind.NONE) {
			return 0;
		}
		double k = material.anisotropies().stream().filter(a -> a.kind() == org.spintex.input.AnisotropyKind.UNIAXIAL && a.kJPerM3() > 0)
				.mapToDouble(AnisotropyInput::kJPerM3).sum();
		double length = k > 0 ? Math.sqrt(material.exchangeJPerM() / k) : 2 * material.exchangeJPerM() / Math.abs(material.dmiJPerM2());
		return 3 * length;
	}

	/** Magnetic cells whose centre is at least {@code marginMetre} from every open edge and empty cell. */
	public static boolean[] awayFromEdges(Magnet magnet, double marginMetre) {
		Mesh mesh = magnet.mesh();
		boolean[] region = new boolean[mesh.cellCount()];
		int reachX = (int) Math.ceil(marginMetre / mesh.cellXMetre()), reachY = (int) Math.ceil(marginMetre / mesh.cellYMetre());
		double m2 = marginMetre * marginMetre;
		for (int c = 0; c < region.length; c++) {
			if (!magnet.isMagnetic(c)) {
				continue;
			}
			int i = mesh.i(c), j = mesh.j(c), k = mesh.k(c);
			boolean inside = (mesh.periodicX() || (i >= reachX && i < mesh.nx() - reachX))
					&& (mesh.periodicY() || (j >= reachY && j < mesh.ny() - reachY));
			for (int dj = -reachY; inside && dj <= reachY; dj++) {
				for (int di = -reachX; inside && di <= reachX; di++) {
					double dx = di * mesh.cellXMetre(), dy = dj * mesh.cellYMetre();
					if (dx * dx + dy * dy > m2) {
						continue;
					}
					int ni = Math.floorMod(i + di, mesh.nx()), nj = Math.floorMod(j + dj, mesh.ny());
					inside = magnet.isMagnetic(mesh.index(ni, nj, k));
				}
			}
			region[c] = inside;
		}
		return region;
	}
}
