package org.spintex.ui.runs;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IHyperlink;
import org.eclipse.ui.console.IPatternMatchListener;
import org.eclipse.ui.console.PatternMatchEvent;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.ide.IDE;
import org.spintex.ui.SpintexUi;

/**
 * Makes the path in a run console's {@code log: …/run.log} line a link that opens the log — where a failed
 * run's stack trace and input hash are — in an editor.
 */
public final class RunLogLinks implements IPatternMatchListener {

	static final String PREFIX = "log: ";

	private TextConsole console;

	@Override
	public String getPattern() {
		return "^" + PREFIX + ".*run\\.log$";
	}

	@Override
	public int getCompilerFlags() {
		return java.util.regex.Pattern.MULTILINE;
	}

	@Override
	public String getLineQualifier() {
		return null;
	}

	@Override
	public void connect(TextConsole connected) {
		this.console = connected;
	}

	@Override
	public void disconnect() {
		this.console = null;
	}

	@Override
	public void matchFound(PatternMatchEvent event) {
		TextConsole target = console;
		if (target == null) {
			return;
		}
		try {
			int offset = event.getOffset() + PREFIX.length();
			int length = event.getLength() - PREFIX.length();
			Path log = Path.of(target.getDocument().get(offset, length));
			target.addHyperlink(link(log), offset, length);
		} catch (BadLocationException e) {
			SpintexUi.log("cannot link the run log in the console", e);
		}
	}

	/** A console link that opens {@code log} in the workbench's editor for text files. */
	static IHyperlink link(Path log) {
		return new IHyperlink() {
			@Override
			public void linkActivated() {
				open(log);
			}

			@Override
			public void linkEntered() {
			}

			@Override
			public void linkExited() {
			}
		};
	}

	/** Opens {@code log} (a file anywhere on disk) in an editor of the active page. */
	public static void open(Path log) {
		try {
			IDE.openEditorOnFileStore(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
					EFS.getLocalFileSystem().getStore(log.toUri()));
		} catch (PartInitException e) {
			SpintexUi.log("cannot open " + log, e);
		}
	}
}
