package org.spintex.ui.views.torque;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Axes that a physicist reads: units that suit the values, ranges that do not magnify noise, presets per study kind. */
class ChartAxesTest {

	@TempDir
	Path tmp;

	@Test
	void unitsSuitTheValues() {
		AxisUnit time = AxisUnit.of("t (s)", 2e-9);
		assertEquals("t (ns)", time.title());
		assertEquals(2, time.shown(2e-9), 1e-12);
		assertEquals("t (ps)", AxisUnit.of("t (s)", 3e-10).title());
		assertEquals("x_sk (nm)", AxisUnit.of("x_sk (m)", 4.6e-7).title());
		assertEquals("L (µm)", AxisUnit.of("L (m)", 2e-6).title());
		// 1 eV = 1.602176634e-19 J exactly
		AxisUnit energy = AxisUnit.of("E (J)", 3.2e-19);
		assertEquals("E (eV)", energy.title());
		assertEquals(1, energy.shown(1.602176634e-19), 1e-15);
		assertEquals("E (meV)", AxisUnit.of("E (J)", 5e-22).title());
		assertEquals("E_total (J)", AxisUnit.of("E_total (J)", 1e-10).title(), "a large energy stays in J");
		assertEquals("B (mT)", AxisUnit.of("B (T)", 0.05).title());
		assertEquals("Q", AxisUnit.of("Q ()", 1).title());
		assertEquals("FL (ħω)", AxisUnit.of("FL/hw ()", 0.6).title());
		assertEquals("rho (1/m^3)", AxisUnit.of("rho (1/m^3)", 1e28).title(), "other units as they are");
	}

	@Test
	void anAlmostConstantQuantityIsDrawnFlat() {
		// Q from −1 to −0.99988: a span of 1.2e-4, shown as at least 1 % of |Q|
		AxisRange range = AxisRange.of(List.of(new double[] { -1, -0.99994, -0.99988 }));
		assertTrue(range.upper() - range.lower() >= 0.01, range.toString());
		assertTrue(range.lower() < -1 && range.upper() > -0.99988, range.toString());
		// a quantity that does change is shown over its own span with a margin
		AxisRange torque = AxisRange.of(List.of(new double[] { -0.3, 0.65 }));
		assertEquals(-0.3 - 0.05 * 0.95, torque.lower(), 1e-12);
		assertEquals(0.65 + 0.05 * 0.95, torque.upper(), 1e-12);
		assertEquals(new AxisRange(-1, 1), AxisRange.of(List.of(new double[] { 0, 0 })));
	}

	@Test
	void anAxisOfSeveralColumnsIsTitledByWhatTheyShare() {
		assertEquals("total-field-like", TorqueView.sharedName(List.of("total-field-like-geometric", "total-field-like-fermi-sea")));
		assertEquals("mx, E_total", TorqueView.sharedName(List.of("mx", "E_total")));
		assertEquals("m_x, m_y", TorqueView.sharedName(List.of("m_x", "m_y")), "too little in common: the names");
	}

	@Test
	void ticksReadAsNumbers() {
		assertEquals("0", TickFormat.forLargest(1e-5).format(0.0));
		assertEquals("12.5E-6", TickFormat.forLargest(1e-5).format(1.25e-5));
		assertEquals("0.25", TickFormat.forLargest(1).format(0.25));
	}

	@Test
	void aSweepIsShownAsItsResultAgainstItsSweptParameter() throws IOException {
		Path folder = Files.createDirectories(tmp.resolve("sweep"));
		// two swept inputs: never one against the other
		Files.writeString(folder.resolve("sweep.csv"), """
				point,magnet.length (m),magnet.width (m),hbar-omega (J),drag (1),status
				1,1e-6,2e-7,1e-21,0.1,"completed"
				2,2e-6,2e-7,1e-21,0.2,"completed"
				3,1e-6,4e-7,1e-21,0.3,"completed"
				""");
		Files.writeString(folder.resolve("input.json"), """
				{"points":[{"point":1,"coordinates":{"magnet.length [m]":1e-6,"magnet.width [m]":2e-7},"hash":"a"}]}""");
		ChartPreset preset = ChartPreset.of(CsvTable.read(folder.resolve("sweep.csv")));
		assertEquals("magnet.length (m)", preset.x());
		assertEquals(List.of(List.of("drag (1)")), preset.panels(), "the first result that changes");
		// the engine's own sweep chart, when it asked for one, comes first
		Files.writeString(folder.resolve("sweep-charts.json"), """
				{"charts": [{"name": "drag", "title": "Drag", "yLabel": "drag", "normalisedBy": "", "yScale": "LINEAR",
				"curves": [{"scalar": "hbar-omega", "label": "quantum", "role": "RESULT"}, {"scalar": "missing", "label": "x", "role": "CHECK"}]}]}""");
		assertEquals(List.of(List.of("hbar-omega (J)")), ChartPreset.of(CsvTable.read(folder.resolve("sweep.csv"))).panels());
		// one curve per value of the second swept parameter
		assertEquals(List.of("magnet.width = 200 nm", "magnet.width = 200 nm", "magnet.width = 400 nm"),
				List.of(ChartPreset.sweepGroups(CsvTable.read(folder.resolve("sweep.csv")))));
	}

	@Test
	void aStackIsShownFilmByFilm() throws IOException {
		Path valve = Files.writeString(tmp.resolve("table.csv"), """
				t (s),mx (),Q (),mx_reference (),my_reference (),mz_reference (),mx_free (),my_free (),mz_free ()
				0,1,0,1,0,0,1,0,0
				1e-10,0.2,0,0.99,0.1,0,-0.6,0.7,0.1
				2e-10,0,0,0.99,0.1,0,-0.9,0.3,0.1
				""");
		// the spin valve's reversal: mx of each film, one panel, rather than the stack's Q
		assertEquals(List.of(List.of("mx_reference ()", "mx_free ()")), ChartPreset.of(CsvTable.read(valve)).panels());
		Path pair = Files.writeString(tmp.resolve("pair.csv"), """
				t (s),Q (),mx_bottom (),Q_bottom (),x_sk_bottom (m),y_sk_bottom (m),mx_top (),Q_top (),x_sk_top (m),y_sk_top (m)
				0,-1,0,-1,3e-8,2.4e-8,0,1,3e-8,2.4e-8
				1e-10,-1,0,-1,5e-8,2.6e-8,0,1,5e-8,2.6e-8
				""");
		assertEquals(List.of(List.of("x_sk_bottom (m)", "x_sk_top (m)"), List.of("y_sk_bottom (m)", "y_sk_top (m)")),
				ChartPreset.of(CsvTable.read(pair)).panels());
	}

	@Test
	void torquesComeInUnitsOfTheQuantumOnePanelEach() throws IOException {
		Path torques = Files.writeString(tmp.resolve("torques.csv"), """
				site (),contribution,T_x (J),T_y (J),T_z (J),FL (J),DL (J),FL/hw (),DL/hw ()
				1,exact,0,0,0,1e-22,2e-22,0.65,0.1
				1,geometric,0,0,0,1e-24,2e-24,0.01,0.002
				""");
		ChartPreset preset = ChartPreset.of(CsvTable.read(torques));
		assertEquals("site ()", preset.x());
		assertEquals(List.of(List.of("FL/hw ()"), List.of("DL/hw ()")), preset.panels());
	}
}
