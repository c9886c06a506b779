package org.spintex.ui.views.texture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.spintex.core.topology.SkyrmionCentres;

/**
 * Reads snapshots and computes their pictures in a background job, so that the UI thread never reads a
 * file or loops over cells: the Texture view asks, the job lists the series, reads the OVF file, computes
 * the colours and their key, the charge and the centres, and hands the result to the UI thread. Requests that arrive
 * while the job works replace each other — dragging the time slider over a hundred snapshots reads the one
 * where it stops, not all of them — and a result that a newer request has overtaken is never shown.
 */
final class FramePreparation {

	/** What to show: a snapshot of a series (read from its file), or a frame already in memory drawn again. */
	record Request(long generation, Source source, int layer, ColourQuantity quantity) {
	}

	/** Where the frame comes from. */
	sealed interface Source {
		/** A file the user opened: its series is listed and it is shown. */
		record OpenFile(Path file) implements Source {
		}

		/** The {@code index}-th snapshot of a series already listed. */
		record SeriesIndex(SnapshotSeries series, int index) implements Source {
		}

		/** The newest m snapshot of a run folder, as the run writes it. */
		record Latest(Path runFolder) implements Source {
		}

		/** The frame on screen, again (another layer, another overlay). */
		record Frame(SnapshotSeries series, int index, TextureFrame frame) implements Source {
		}
	}

	/**
	 * A frame ready to draw; {@code colours} becomes an image on the UI thread. {@code outlines} are the edges between
	 * the run's material regions in the layer (none when the run wrote no region map), {@code film} the film the layer
	 * belongs to in a stack.
	 */
	record Prepared(long generation, SnapshotSeries series, int index, TextureFrame frame, int layer, ImageData colours,
			TexturePicture.Key key, double charge, List<SkyrmionCentres.Centre> centres, List<int[]> outlines,
			java.util.Optional<String> film) {
	}

	/** The region map last read and the folder it was read from: a series' frames share it. */
	private Path regionsFolder;
	private java.util.Optional<RegionMap> regions = java.util.Optional.empty();

	private final Display display;
	private final Consumer<Prepared> show;
	private final java.util.function.BiConsumer<Request, Exception> fail;
	private final AtomicReference<Request> pending = new AtomicReference<>();
	private final AtomicLong latest = new AtomicLong();
	private final Job job = new Job("Reading snapshot") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			Request request;
			while ((request = pending.getAndSet(null)) != null) {
				Request asked = request;
				try {
					Prepared prepared = prepare(asked);
					if (prepared != null && pending.get() == null) {
						onUi(() -> show.accept(prepared), asked.generation());
					}
				} catch (IOException | RuntimeException e) {
					onUi(() -> fail.accept(asked, e), asked.generation());
				}
			}
			return Status.OK_STATUS;
		}
	};

	/**
	 * @param show called on the UI thread with the newest prepared frame
	 * @param fail called on the UI thread when the newest request could not be read
	 */
	FramePreparation(Display display, Consumer<Prepared> show, java.util.function.BiConsumer<Request, Exception> fail) {
		this.display = display;
		this.show = show;
		this.fail = fail;
		job.setSystem(true);
	}

	/** Asks for {@code source} at {@code layer}; replaces any request not yet started. */
	void request(Source source, int layer, ColourQuantity quantity) {
		pending.set(new Request(latest.incrementAndGet(), source, layer, quantity));
		job.schedule();
	}

	/** The job, for tests that wait until it is idle. */
	Job job() {
		return job;
	}

	void cancel() {
		pending.set(null);
		latest.incrementAndGet();
		job.cancel();
	}

	/** Runs {@code action} on the UI thread unless a newer request has been made since {@code generation}. */
	private void onUi(Runnable action, long generation) {
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (generation == latest.get()) {
				action.run();
			}
		});
	}

	private Prepared prepare(Request request) throws IOException {
		SnapshotSeries series;
		int index;
		TextureFrame frame;
		switch (request.source()) {
		case Source.OpenFile open -> {
			series = SnapshotSeries.containing(open.file());
			index = Math.max(0, series.files().indexOf(open.file()));
			frame = TextureFrame.read(open.file());
		}
		case Source.SeriesIndex at -> {
			series = at.series();
			index = Math.min(at.index(), series.size() - 1);
			frame = TextureFrame.read(series.files().get(index));
		}
		case Source.Latest run -> {
			series = SnapshotSeries.of(run.runFolder(), "m");
			if (series.isEmpty()) {
				return null;
			}
			index = series.size() - 1;
			frame = TextureFrame.read(series.files().get(index));
		}
		case Source.Frame again -> {
			series = again.series();
			index = again.index();
			frame = again.frame();
		}
		}
		int k = Math.max(0, Math.min(request.layer(), frame.m().nz() - 1));
		if (series != null && !series.folder().equals(regionsFolder)) {
			regionsFolder = series.folder();
			regions = RegionMap.in(series.folder());
		}
		java.util.Optional<RegionMap> map = regions.filter(r -> r.fits(frame.m()));
		return new Prepared(request.generation(), series, index, frame, k, TexturePicture.colours(frame, k, request.quantity()),
				TexturePicture.key(frame, k, request.quantity()), frame.charge(k), frame.centres(k),
				map.map(r -> r.boundaries(k)).orElse(List.of()), map.flatMap(r -> r.film(k)));
	}
}
