package org.spintex.input;

import java.util.List;
import java.util.Optional;

/**
 * One film of a micromagnetic study: its material, the layers of the study's mesh it fills (the stack is one mesh
 * along z, films at their elevations, spacers empty), where its magnetization starts, and the currents of the contacts
 * on it. A single-film study has one of these, filling every layer.
 *
 * @param film the film's name in the device file, which names its table columns ({@code mx_<film>})
 * @param firstLayer the lowest mesh layer (k index) of the film
 * @param layerCount how many mesh layers the film fills
 * @param initialState where this film's m starts, if it differs from the study's initial state
 * @param currents the currents of the contacts on this film; they act on its cells only
 * @param regions the film's regions in the file's order (a later one takes the cells it shares with an earlier one)
 * @param grains the film's grains, if it has any
 * @param regionCouplings the scaled exchange between pairs of the film's regions
 */
public record FilmLayerInput(String film, MagnetMaterialInput material, int firstLayer, int layerCount,
		Optional<InitialStateInput> initialState, List<CurrentInput> currents, List<RegionInput> regions,
		Optional<GrainsInput> grains, List<RegionCouplingInput> regionCouplings) {

	/** A film with regions or grains whose bonds follow the regions' own exchange scales. */
	public FilmLayerInput(String film, MagnetMaterialInput material, int firstLayer, int layerCount,
			Optional<InitialStateInput> initialState, List<CurrentInput> currents, List<RegionInput> regions,
			Optional<GrainsInput> grains) {
		this(film, material, firstLayer, layerCount, initialState, currents, regions, grains, List.of());
	}

	/** A film of one material throughout. */
	public FilmLayerInput(String film, MagnetMaterialInput material, int firstLayer, int layerCount,
			Optional<InitialStateInput> initialState, List<CurrentInput> currents) {
		this(film, material, firstLayer, layerCount, initialState, currents, List.of(), Optional.empty(), List.of());
	}

	public FilmLayerInput {
		if (film == null || film.isBlank() || material == null) {
			throw new IllegalArgumentException("a film of a study needs its name and material");
		}
		if (firstLayer < 0 || layerCount < 1) {
			throw new IllegalArgumentException("film " + film + " must fill at least one layer from layer ≥ 0, got "
					+ layerCount + " from " + firstLayer);
		}
		currents = List.copyOf(currents);
		regions = List.copyOf(regions);
		regionCouplings = List.copyOf(regionCouplings);
		for (RegionCouplingInput coupling : regionCouplings) {
			for (String side : List.of(coupling.first(), coupling.second())) {
				if (!side.equals(film) && regions.stream().noneMatch(r -> r.name().equals(side) && !r.empty())) {
					throw new IllegalArgumentException("film " + film + " has no region " + side + " with material to couple");
				}
			}
		}
	}

	/** True when the film's material varies over its cells (regions or grains). */
	public boolean varies() {
		return !regions.isEmpty() || grains.isPresent();
	}

	/** The layer just above the film's top: the film fills [firstLayer, endLayer). */
	public int endLayer() {
		return firstLayer + layerCount;
	}
}
