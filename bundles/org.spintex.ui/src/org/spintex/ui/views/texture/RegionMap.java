package org.spintex.ui.views.texture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spintex.core.results.FieldSnapshot;
import org.spintex.io.ovf.OvfReader;

/**
 * The material regions of a run, as the micromagnetic engine writes them beside its snapshots: {@code regions.ovf}
 * (each cell's region number, 0 without material) and the {@code regions.csv} table of their names ("top",
 * "track.notch", "cobalt.grain-12"). The Texture view draws the outlines between regions over a layer and names the
 * film a layer belongs to.
 */
record RegionMap(FieldSnapshot map, Map<Integer, String> names) {

	/** The region map of the run folder {@code folder}, if the run wrote one (a stack, regions or grains). */
	static Optional<RegionMap> in(Path folder) throws IOException {
		Path ovf = folder.resolve("regions.ovf");
		if (!Files.isRegularFile(ovf)) {
			return Optional.empty();
		}
		FieldSnapshot map = OvfReader.read(Files.readAllBytes(ovf));
		Map<Integer, String> names = new HashMap<>();
		Path table = folder.resolve("regions.csv");
		if (Files.isRegularFile(table)) {
			for (String line : Files.readAllLines(table)) {
				String[] cells = line.split(",", 3);
				if (cells.length >= 2 && cells[0].matches("\\d+")) {
					names.put(Integer.parseInt(cells[0]), cells[1]);
				}
			}
		}
		return Optional.of(new RegionMap(map, Map.copyOf(names)));
	}

	/** True if this map belongs to snapshots of {@code m}'s grid. */
	boolean fits(FieldSnapshot m) {
		return map.nx() == m.nx() && map.ny() == m.ny() && map.nz() == m.nz();
	}

	private int region(int i, int j, int k) {
		return (int) Math.round(map.components()[0][map.index(i, j, k)]);
	}

	/**
	 * The cell edges of layer {@code k} between two different regions (a region and empty cells included): each
	 * {i₀, j₀, i₁, j₁} in cell corners, from the lower corner of the mesh.
	 */
	List<int[]> boundaries(int k) {
		List<int[]> edges = new ArrayList<>();
		int nx = map.nx(), ny = map.ny();
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int here = region(i, j, k);
				if (i + 1 < nx && region(i + 1, j, k) != here) {
					edges.add(new int[] { i + 1, j, i + 1, j + 1 });
				}
				if (j + 1 < ny && region(i, j + 1, k) != here) {
					edges.add(new int[] { i, j + 1, i + 1, j + 1 });
				}
			}
		}
		return edges;
	}

	/** The film that layer {@code k} belongs to (the part of its regions' names before the first dot), if any. */
	Optional<String> film(int k) {
		for (int j = 0; j < map.ny(); j++) {
			for (int i = 0; i < map.nx(); i++) {
				String name = names.get(region(i, j, k));
				if (name != null) {
					int dot = name.indexOf('.');
					return Optional.of(dot < 0 ? name : name.substring(0, dot));
				}
			}
		}
		return Optional.empty();
	}
}
