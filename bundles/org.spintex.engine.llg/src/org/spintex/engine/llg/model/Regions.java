package org.spintex.engine.llg.model;

/**
 * The material regions of a film: the region of every cell (−1 where the cell is not the film's, or empty) and the rule
 * that scales the exchange bond between two regions. A film of one material is one region; named regions and grains
 * add more. Terms read their parameters by region ({@code parameter[region.of(cell)]}), as MuMax3 does.
 *
 * @param ofCell the region of every cell of the mesh, −1 outside the film
 * @param count how many regions there are
 * @param bondScale the factor on the exchange between two different regions
 */
public record Regions(int[] ofCell, int count, BondScale bondScale) {

	/** The factor on the exchange bond between cells of the regions a ≠ b. */
	@FunctionalInterface
	public interface BondScale {
		double between(int a, int b);
	}

	/** One region: every magnetic cell of the film's layers is region 0. */
	public static Regions single(Magnet magnet, FilmLayers layers) {
		int[] of = new int[magnet.mesh().cellCount()];
		java.util.Arrays.fill(of, -1);
		for (int c = layers.firstCell(magnet.mesh()); c < layers.endCell(magnet.mesh()); c++) {
			of[c] = magnet.isMagnetic(c) ? 0 : -1;
		}
		return new Regions(of, 1, (a, b) -> 1);
	}

	public int of(int cell) {
		return ofCell[cell];
	}

	/** True for a film of one material: the terms take their scalar paths. */
	public boolean uniform() {
		return count == 1;
	}
}
