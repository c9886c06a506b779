package org.spintex.ui.views.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time slider's snapshots: the numbered files of one quantity in a run folder, in order. */
class SnapshotSeriesTest {

	@TempDir
	Path tmp;

	@Test
	void aSnapshotBelongsToTheNumberedFilesOfItsQuantity() throws IOException {
		for (String name : List.of("m000002.ovf", "m000000.ovf", "m000001.ovf", "rho000000.ovf", "m_final.ovf", "table.csv")) {
			Files.writeString(tmp.resolve(name), "");
		}
		SnapshotSeries series = SnapshotSeries.containing(tmp.resolve("m000001.ovf"));
		assertEquals("m", series.quantity());
		assertEquals(List.of(tmp.resolve("m000000.ovf"), tmp.resolve("m000001.ovf"), tmp.resolve("m000002.ovf")),
				series.files());
		assertEquals(List.of(tmp.resolve("rho000000.ovf")), SnapshotSeries.of(tmp, "rho").files());
		assertEquals(List.of(tmp.resolve("m_final.ovf")), SnapshotSeries.containing(tmp.resolve("m_final.ovf")).files(),
				"an unnumbered file is a series of one");
	}
}
