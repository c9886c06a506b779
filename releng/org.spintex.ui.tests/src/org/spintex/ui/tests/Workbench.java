package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.spintex.ui.builder.SpintexNature;

/**
 * What the workbench tests share: running code in the UI thread, waiting for the workbench to get
 * somewhere, projects made from the repository's examples, and screenshots.
 */
final class Workbench {

	static final Duration WAIT = Duration.ofSeconds(60);

	private Workbench() {
	}

	/** Runs {@code action} in the UI thread and returns its value; its failures are thrown here. */
	static <T> T ui(Supplier<T> action) {
		AtomicReference<T> value = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Display.getDefault().syncExec(() -> {
			try {
				value.set(action.get());
			} catch (Throwable e) {
				failure.set(e);
			}
		});
		if (failure.get() instanceof RuntimeException e) {
			throw e;
		}
		if (failure.get() instanceof Error e) {
			throw e;
		}
		return value.get();
	}

	/** A step in the UI thread that may throw a checked exception. */
	interface Step {
		void run() throws Exception;
	}

	/** Runs {@code step} in the UI thread; a checked exception fails the test. */
	static void act(Step step) {
		ui(() -> {
			try {
				step.run();
			} catch (RuntimeException e) {
				throw e;
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	static void ui(Runnable action) {
		ui(() -> {
			action.run();
			return null;
		});
	}

	/** Waits until {@code condition} (evaluated in the UI thread) holds, or fails saying {@code what}. */
	static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (ui(() -> condition.getAsBoolean())) {
				return;
			}
			sleep(100);
		}
		fail("waited " + timeout.toSeconds() + " s for " + what);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Shows the view {@code id} (made if needed) and returns it. */
	static <T> T showView(String id, Class<T> type) {
		return ui(() -> {
			try {
				return type.cast(page().showView(id));
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/**
	 * A Spintex project {@code name} holding the repository's examples folder {@code folders}
	 * (SPINTEX_UITEST_EXAMPLES), with the same relative layout so that imports resolve.
	 */
	static IProject exampleProject(String name, String... folders) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
			project.open(null);
			SpintexNature.addTo(project, null);
			Path examples = Path.of(System.getenv("SPINTEX_UITEST_EXAMPLES"));
			for (String folder : folders) {
				copy(examples.resolve(folder), project.getFolder(folder));
			}
		}
		return project;
	}

	private static void copy(Path source, IFolder target) throws CoreException, IOException {
		create(target);
		try (Stream<Path> files = Files.list(source)) {
			for (Path file : files.toList()) {
				if (Files.isRegularFile(file)) {
					try (InputStream in = Files.newInputStream(file)) {
						target.getFile(file.getFileName().toString()).create(in, true, null);
					}
				}
			}
		}
	}

	private static void create(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			create(folder.getParent());
			folder.create(true, true, null);
		}
	}

	/** The first run folder under a study's results folder {@code runs}, once there is one. */
	static java.util.Optional<Path> runFolder(Path runs) {
		if (!Files.isDirectory(runs)) {
			return java.util.Optional.empty();
		}
		try (Stream<Path> folders = Files.list(runs)) {
			return folders.filter(Files::isDirectory).findFirst();
		} catch (IOException e) {
			return java.util.Optional.empty();
		}
	}

	/** Opens {@code file} in its default editor, which for a device file is the generic editor. */
	static ITextEditor open(IFile file) {
		return ui(() -> {
			try {
				return (ITextEditor) IDE.openEditor(page(), file, true);
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static ITextViewer viewer(ITextEditor editor) {
		return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	/** Saves a picture of the workbench window as SPINTEX_UITEST_SCREENSHOTS/{@code name}.png. */
	static void screenshot(String name) {
		String folder = System.getenv("SPINTEX_UITEST_SCREENSHOTS");
		if (folder == null) {
			return;
		}
		sleep(500);
		ui(() -> {
			Display display = Display.getDefault();
			while (display.readAndDispatch()) {
				// paint what is pending
			}
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			Rectangle bounds = shell.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
				Files.createDirectories(Path.of(folder));
				loader.save(Path.of(folder, name + ".png").toString(), SWT.IMAGE_PNG);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}
}
