package org.spintex.engine.llg.model;

import java.util.Optional;

import org.spintex.engine.llg.mesh.Mesh;

/**
 * The mesh layers [firstLayer, endLayer) that one film of a stack fills. Cells are numbered x fastest and z slowest,
 * so a film's cells are the contiguous range [firstCell, endCell) and its rows [firstRow, endRow): the terms of one
 * film loop over them without a mask. The terms of a film treat the layer below and above it as missing neighbours
 * (its free surfaces); films that touch are joined by {@link org.spintex.engine.llg.term.InterfaceExchangeField}.
 *
 * @param film the film's name for its table columns; empty for the one film that fills the whole mesh
 */
public record FilmLayers(Optional<String> film, int firstLayer, int endLayer) {

	public FilmLayers {
		if (firstLayer < 0 || endLayer <= firstLayer) {
			throw new IllegalArgumentException("a film fills at least one layer, got [" + firstLayer + ", " + endLayer + ")");
		}
	}

	/** Every layer of the mesh: a single-film study. */
	public static FilmLayers whole(Mesh mesh) {
		return new FilmLayers(Optional.empty(), 0, mesh.nz());
	}

	/** A named film of a stack. */
	public static FilmLayers of(String film, int firstLayer, int endLayer) {
		return new FilmLayers(Optional.of(film), firstLayer, endLayer);
	}

	public boolean contains(int layer) {
		return layer >= firstLayer && layer < endLayer;
	}

	public int layerCount() {
		return endLayer - firstLayer;
	}

	public int firstCell(Mesh mesh) {
		return firstLayer * mesh.nx() * mesh.ny();
	}

	public int endCell(Mesh mesh) {
		return endLayer * mesh.nx() * mesh.ny();
	}

	public int firstRow(Mesh mesh) {
		return firstLayer * mesh.ny();
	}

	public int endRow(Mesh mesh) {
		return endLayer * mesh.ny();
	}
}
