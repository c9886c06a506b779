package org.spintex.ui.runs;

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/**
 * The Console view page of one run: the same lines {@code spintex run} prints (compile
 * diagnostics, progress, status), and a link to the run's log. The oldest run consoles go once there are more than
 * {@value #KEPT}.
 */
public final class RunConsole {

	private static final String TYPE = "org.spintex.ui.runConsole";
	private static final int KEPT = 8;

	private final MessageConsole console;
	private final MessageConsoleStream stream;

	private RunConsole(MessageConsole console) {
		this.console = console;
		this.stream = console.newMessageStream();
	}

	/** A new console named {@code Spintex run: NAME}, shown in the Console view. */
	public static RunConsole open(String name) {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		IConsole[] ours = Arrays.stream(manager.getConsoles()).filter(c -> TYPE.equals(c.getType())).toArray(IConsole[]::new);
		if (ours.length >= KEPT) {
			manager.removeConsoles(Arrays.copyOf(ours, ours.length - KEPT + 1));
		}
		MessageConsole console = new MessageConsole("Spintex run: " + name, TYPE, null, true);
		console.addPatternMatchListener(new RunLogLinks());
		manager.addConsoles(new IConsole[] { console });
		manager.showConsoleView(console);
		return new RunConsole(console);
	}

	public void println(String line) {
		stream.println(line);
	}

	/** Prints {@code log: PATH}, which the console turns into a link that opens the run's log. */
	public void printLog(java.nio.file.Path log) {
		stream.println(RunLogLinks.PREFIX + log);
	}

	/** The console itself (tests read its text and links). */
	public MessageConsole console() {
		return console;
	}

	public void close() {
		try {
			stream.close();
		} catch (IOException e) {
			// a message stream closes without I/O
		}
	}
}
