package org.spintex.runner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

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

	/** Bundle-Version from our own manifest; in a development tree, the one in the bundle folder. */
	static String bundleVersion() {
		try {
			Path location = Path.of(SpintexVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Manifest manifest = null;
			if (Files.isRegularFile(location)) {
				try (JarFile jar = new JarFile(location.toFile())) {
					manifest = jar.getManifest();
				}
			} else {
				// target/classes of the bundle during tests: the manifest sits two levels up
				for (Path candidate : new Path[] { location.resolve("META-INF/MANIFEST.MF"),
						location.resolve("../../META-INF/MANIFEST.MF").normalize() }) {
					if (Files.isRegularFile(candidate)) {
						try (InputStream in = Files.newInputStream(candidate)) {
							manifest = new Manifest(in);
						}
						break;
					}
				}
			}
			String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
			return version == null ? "(unknown version)" : version;
		} catch (IOException | URISyntaxException | SecurityException e) {
			return "(unknown version: " + e.getMessage() + ")";
		}
	}
}
