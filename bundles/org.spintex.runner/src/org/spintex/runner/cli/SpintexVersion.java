package org.spintex.runner.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version of this Spintex build: the Bundle-Version of the runner bundle (with the build's
 * timestamp qualifier), and the Java runtime it runs on.
 */
public final class SpintexVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		Runtime.Version java = Runtime.version();
		return new String[] { "Spintex " + bundleVersion(),
				"Java " + java + " (" + System.getProperty("java.vendor") + "), "
						+ System.getProperty("os.name") + " " + System.getProperty("os.arch") };
	}

	/** Bundle-Version of the runner bundle, with the build's qualifier. */
	public static String bundleVersion() {
		return org.spintex.core.registry.BundleVersion.of(SpintexVersion.class);
	}
}
