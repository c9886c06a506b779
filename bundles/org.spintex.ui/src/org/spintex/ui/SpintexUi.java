package org.spintex.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The workbench bundle: its preference store and its log. */
public final class SpintexUi extends AbstractUIPlugin {

	public static final String ID = "org.spintex.ui";

	private static SpintexUi instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static SpintexUi get() {
		return instance;
	}

	/** Writes {@code message} and its cause to the Error Log. */
	public static void log(String message, Throwable cause) {
		ILog.of(SpintexUi.class).log(Status.error(message, cause));
	}

	public static IStatus error(String message) {
		return new Status(IStatus.ERROR, ID, message);
	}
}
