package org.spintex.engine.llg.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The magnetic area of a film with holes of composed shapes, counted cell by cell (a cell is magnetic when its centre
 * lies in the film and outside every hole), against the shapes' areas in closed form; the error is at most about half a
 * cell along the perimeter and shrinks as the cell does.
 */
class ComposedShapeAreaTest {

	private static final double NM = 1e-9;
	private static final double L = 120 * NM;
	private static final double W = 80 * NM;
	private static final MagnetMaterialInput PERMALLOY = new MagnetMaterialInput(800e3, 13e-12, 0.02,
			PhysicalConstants.GAMMA0_DEFAULT, List.of(), DmiKind.NONE, 0);

	private static double magneticArea(PlaneShape hole, double cell) {
		int nx = (int) Math.round(L / cell), ny = (int) Math.round(W / cell);
		FilmMeshInput mesh = new FilmMeshInput(nx, ny, 1, cell, cell, cell, FilmShape.BOX, 0, false, false);
		FilmLayerInput film = new FilmLayerInput("film", PERMALLOY, 0, 1, Optional.empty(), List.of(),
				List.of(new RegionInput("hole", hole, Optional.empty(), 1)), Optional.empty());
		MicromagneticInput input = MicromagneticInput.builder("Holes", "area", mesh, PERMALLOY,
				new InitialStateInput.Uniform(Vector3.UNIT_X)).films(List.of(film)).demag(false).build();
		try (CellLoops loops = CellLoops.sequential()) {
			return new MicromagneticSystem(input, loops).magnet().magneticCellCount() * cell * cell;
		}
	}

	/** The area of two disks of radius r whose centres are d apart, overlapping: the lens. */
	private static double lens(double r, double d) {
		return 2 * r * r * Math.acos(d / (2 * r)) - d / 2 * Math.sqrt(4 * r * r - d * d);
	}

	@Test
	void holesOfComposedShapesRemoveTheirAnalyticArea() {
		double r = 20 * NM, d = 16 * NM;
		PlaneShape left = new PlaneShape.Placed(new PlaneShape.Disk(r), 60 * NM - d / 2, 40 * NM, 0);
		PlaneShape right = new PlaneShape.Placed(new PlaneShape.Disk(r), 60 * NM + d / 2, 40 * NM, 0);
		// a square turned by 45° in a corner: all of it inside the film
		PlaneShape diamond = new PlaneShape.Placed(new PlaneShape.Box(20 * NM, 20 * NM), 20 * NM, 20 * NM, Math.PI / 4);
		PlaneShape triangle = new PlaneShape.Polygon(List.of(new double[] { 90 * NM, 5 * NM }, new double[] { 115 * NM, 5 * NM },
				new double[] { 100 * NM, 35 * NM }));
		double lens = lens(r, d);
		double arc = 2 * r * Math.acos(d / (2 * r));
		double circle = 2 * Math.PI * r;
		// each case: the hole, its area and its perimeter
		List<Object[]> cases = List.of(
				new Object[] { "lens (intersection)", new PlaneShape.Intersection(List.of(left, right)), lens, 2 * arc },
				new Object[] { "two disks (union)", new PlaneShape.Union(List.of(left, right)), 2 * Math.PI * r * r - lens,
						2 * (circle - arc) },
				new Object[] { "crescent (difference)", new PlaneShape.Difference(left, right), Math.PI * r * r - lens,
						circle - arc + arc },
				new Object[] { "turned square", diamond, 400 * NM * NM, 80 * NM },
				new Object[] { "triangle", triangle, 0.5 * 25 * NM * 30 * NM,
						(25 + Math.hypot(10, 30) + Math.hypot(15, 30)) * NM });
		for (Object[] c : cases) {
			PlaneShape hole = (PlaneShape) c[1];
			double removed = (double) c[2], perimeter = (double) c[3];
			double previous = Double.POSITIVE_INFINITY;
			for (double cell : new double[] { 1 * NM, 0.25 * NM }) {
				double error = Math.abs(L * W - magneticArea(hole, cell) - removed) / removed;
				// the cells the boundary crosses are counted in or out by their centres: an error of at most about half a
				// cell along the perimeter, P·h/2, that shrinks with the cell
				assertTrue(error <= perimeter * cell / (2 * removed), c[0] + " with " + cell / NM + " nm cells: " + error);
				assertTrue(error < previous || error == 0, c[0] + ": converges as the cell shrinks");
				previous = error;
			}
		}
		assertEquals(L * W, magneticArea(new PlaneShape.Placed(new PlaneShape.Disk(5 * NM), -50 * NM, 0, 0), 1 * NM), 1e-30,
				"a hole outside the film removes nothing");
	}
}
