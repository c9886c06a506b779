package org.spintex.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** The workbench bundle: its identity and its log. */
public final class SpintexUi extends AbstractUIPlugin {

	public static final String ID = "org.spintex.ui";

	/** Writes {@code message} and its cause to the Error Log. */
	public static void log(String message, Throwable cause) {
		ILog.of(SpintexUi.class).log(Status.error(message, cause));
	}

	public static IStatus error(String message) {
		return new Status(IStatus.ERROR, ID, message);
	}
}
