package org.spintex.engine.llg.regions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spintex.core.geometry.PlaneShape;
import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.input.DmiKind;
import org.spintex.input.FilmLayerInput;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.FilmShape;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.RegionInput;

/**
 * An image mask that reproduces a primitive gives the same mesh: a picture whose pixels sit on the cells of the film,
 * set where a pixel's centre lies in a disk, cuts the same hole as the disk itself.
 */
class MaskTest {

	private static final double NM = 1e-9;
	private static final MagnetMaterialInput PERMALLOY = new MagnetMaterialInput(800e3, 13e-12, 0.02,
			PhysicalConstants.GAMMA0_DEFAULT, List.of(), DmiKind.NONE, 0);

	private static double[] ms(PlaneShape hole) {
		FilmMeshInput mesh = new FilmMeshInput(80, 48, 1, NM, NM, NM, FilmShape.BOX, 0, false, false);
		FilmLayerInput film = new FilmLayerInput("film", PERMALLOY, 0, 1, Optional.empty(), List.of(),
				List.of(new RegionInput("hole", hole, Optional.empty(), 1)), Optional.empty());
		MicromagneticInput input = MicromagneticInput.builder("Mask", "mesh", mesh, PERMALLOY,
				new InitialStateInput.Uniform(Vector3.UNIT_X)).films(List.of(film)).demag(false).build();
		try (CellLoops loops = CellLoops.sequential()) {
			return new MicromagneticSystem(input, loops).magnet().ms().clone();
		}
	}

	@Test
	void aMaskOfADiskCutsTheDisksHole() {
		// a 40 × 40 px picture over 40 × 40 nm, centred at (30, 24) nm: one pixel per cell
		PlaneShape disk = new PlaneShape.Placed(new PlaneShape.Disk(13 * NM), 30 * NM, 24 * NM, 0);
		BitSet pixels = new BitSet();
		for (int j = 0; j < 40; j++) {
			for (int i = 0; i < 40; i++) {
				// pixel (i, j) from the top-left corner of the picture; its centre on the film
				double x = 10 * NM + (i + 0.5) * NM, y = 44 * NM - (j + 0.5) * NM;
				if (disk.contains(x, y)) {
					pixels.set(i + 40 * j);
				}
			}
		}
		PlaneShape mask = new PlaneShape.Placed(new PlaneShape.Bitmap(40, 40, 40 * NM, 40 * NM, pixels), 30 * NM, 24 * NM, 0);
		double[] byDisk = ms(disk);
		assertTrue(java.util.Arrays.stream(byDisk).filter(v -> v == 0).count() > 400, "the disk cuts a hole");
		assertArrayEquals(byDisk, ms(mask));
	}
}
