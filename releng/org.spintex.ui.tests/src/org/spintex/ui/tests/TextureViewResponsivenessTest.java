package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scale;
import org.junit.jupiter.api.Test;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.io.ovf.OvfFormat;
import org.spintex.io.ovf.OvfWriter;
import org.spintex.ui.views.texture.TextureView;

/**
 * The UI thread never reads a file or loops over cells: dragging the Texture view's time slider over 100
 * snapshots of a 256 × 256 film keeps the event loop answering (a probe posted every 5 ms runs within the
 * bound), and the view ends on the snapshot where the slider stopped (the latest request wins).
 */
class TextureViewResponsivenessTest {

	private static final int SNAPSHOTS = 100;
	private static final int N = 256;
	/** The longest the event loop may leave a probe waiting; reading and colouring one snapshot takes longer. */
	private static final long LATENCY_BOUND_MS = 250;
	/** The longest one slider step may keep the UI thread (it only posts a request). */
	private static final long STEP_BOUND_MS = 50;

	@Test
	void draggingTheSliderOverAHundredSnapshotsKeepsTheUiResponsive() throws Exception {
		Path folder = Files.createTempDirectory("snapshots");
		for (int s = 0; s < SNAPSHOTS; s++) {
			Files.write(folder.resolve(String.format("m%06d.ovf", s)), OvfWriter.write(wall(s), OvfFormat.BINARY4));
		}
		TextureView view = Workbench.showView(TextureView.ID, TextureView.class);
		ui(() -> view.open(folder.resolve("m000000.ovf")));
		waitUntil("the first snapshot", Workbench.WAIT,
				() -> view.frame() != null && view.frame().title().equals("m000000.ovf") && !view.preparing());

		// a probe thread measures how long the event loop takes to run a posted task
		Display display = Display.getDefault();
		AtomicLong worst = new AtomicLong();
		AtomicLong probes = new AtomicLong();
		Thread probe = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				long posted = System.nanoTime();
				display.syncExec(() -> worst.accumulateAndGet((System.nanoTime() - posted) / 1_000_000, Math::max));
				probes.incrementAndGet();
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "event-loop probe");
		probe.start();
		long slowestStep = 0;
		try {
			Scale slider = ui(() -> findSlider(view));
			for (int s = 1; s < SNAPSHOTS; s++) {
				int index = s;
				long step = ui(() -> {
					long start = System.nanoTime();
					slider.setSelection(index);
					slider.notifyListeners(SWT.Selection, new Event());
					return (System.nanoTime() - start) / 1_000_000;
				});
				slowestStep = Math.max(slowestStep, step);
				Workbench.sleep(10); // a hand drags about a hundred steps a second
			}
			waitUntil("the last snapshot", Workbench.WAIT,
					() -> view.frame().title().equals(String.format("m%06d.ovf", SNAPSHOTS - 1)) && !view.preparing());
		} finally {
			probe.interrupt();
			probe.join(5000);
		}
		assertTrue(probes.get() > 50, "the probe ran " + probes.get() + " times");
		assertTrue(slowestStep < STEP_BOUND_MS, "a slider step kept the UI thread " + slowestStep + " ms");
		assertTrue(worst.get() < LATENCY_BOUND_MS, "the event loop left a probe waiting " + worst.get() + " ms");
		assertEquals(SNAPSHOTS, ui(() -> view.series().size()));
		System.out.printf("Texture view: %d slider steps over %d × %d snapshots, slowest step %d ms, worst event-loop latency %d ms%n",
				SNAPSHOTS - 1, N, N, slowestStep, worst.get());
	}

	/** A wall across the film, moving one cell per snapshot. */
	private static FieldSnapshot wall(int s) {
		double[][] m = new double[3][N * N];
		for (int j = 0; j < N; j++) {
			for (int i = 0; i < N; i++) {
				double theta = 2 * Math.atan(Math.exp((i - 50 - s) / 8.0));
				m[0][i + N * j] = Math.sin(theta);
				m[2][i + N * j] = Math.cos(theta);
			}
		}
		return new FieldSnapshot("m", "1", s * 1e-11, N, N, 1, 1e-9, 1e-9, 1e-9, m);
	}

	private static Scale findSlider(TextureView view) {
		return view.timeSlider();
	}
}
