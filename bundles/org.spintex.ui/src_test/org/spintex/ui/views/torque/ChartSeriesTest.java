package org.spintex.ui.views.torque;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables become curves: one per y column, split by the label column; log axes drop what they cannot show. */
class ChartSeriesTest {

	@TempDir
	Path tmp;

	@Test
	void aLabelledTorqueTableGivesOneCurvePerContribution() throws IOException {
		Path file = Files.writeString(tmp.resolve("torques.csv"), """
				site (),contribution,FL (J),DL (J)
				1,geometric,1.0e-24,2.0e-27
				1,adiabatic,5.0e-22,-1.0e-22
				2,geometric,1.5e-24,3.0e-27
				2,adiabatic,6.0e-22,-2.0e-22
				""");
		CsvTable table = CsvTable.read(file);
		assertEquals(List.of(0, 2, 3), table.numericColumns());
		assertEquals(1, table.labelColumn().orElseThrow());
		List<ChartSeries> curves = ChartSeries.of(table, 0, List.of(2, 3), false, false);
		assertEquals(List.of("FL (J) — geometric", "FL (J) — adiabatic", "DL (J) — geometric", "DL (J) — adiabatic"),
				curves.stream().map(ChartSeries::name).toList());
		assertArrayEquals(new double[] { 1, 2 }, curves.get(0).x());
		assertArrayEquals(new double[] { 5.0e-22, 6.0e-22 }, curves.get(1).y());
		// on a log y axis the negative damping-like torques have no place
		assertEquals(List.of("FL (J) — geometric", "FL (J) — adiabatic", "DL (J) — geometric"),
				ChartSeries.of(table, 0, List.of(2, 3), false, true).stream().map(ChartSeries::name).toList());
	}

	@Test
	void logAxesAreOfferedForDataThatSpanDecades() {
		assertTrue(ChartSeries.spansDecades(new double[] { 1e-9, 3e-8, 1e-6 }));
		assertFalse(ChartSeries.spansDecades(new double[] { 1, 2, 50 }));
		assertFalse(ChartSeries.spansDecades(new double[] { -1, 1e3 }));
	}

	@Test
	void svgAndCsvHoldEveryCurveAndPoint() throws IOException {
		List<ChartSeries> curves = List.of(new ChartSeries("Q ()", new double[] { 0, 1e-11, 2e-11 }, new double[] { -1, -1, -1 }),
				new ChartSeries("mz ()", new double[] { 0, 1e-11 }, new double[] { 0.97, 0.96 }));
		Path svg = tmp.resolve("chart.svg");
		ChartExport.svg(svg, "racetrack", "t (s)", "Q ()", curves, false, false);
		String text = Files.readString(svg);
		assertEquals(2, text.split("<polyline").length - 1);
		assertTrue(text.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), text);
		Path csv = tmp.resolve("chart.csv");
		ChartExport.csv(csv, "t (s)", curves);
		assertEquals(List.of("curve,t (s),value", "\"Q ()\",0.0,-1.0", "\"Q ()\",1.0E-11,-1.0", "\"Q ()\",2.0E-11,-1.0",
				"\"mz ()\",0.0,0.97", "\"mz ()\",1.0E-11,0.96"), Files.readAllLines(csv));
	}
}
