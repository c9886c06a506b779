package org.spintex.core.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The Bundle-Version of the bundle a class comes from, with the build's qualifier: from OSGi inside the workbench,
 * from the jar's manifest on the command line's class path, and from the bundle folder's manifest when the class runs
 * from {@code target/classes} (tests). What records which build of an engine computed a result.
 */
public final class BundleVersion {

	private BundleVersion() {
	}

	/** The version of {@code type}'s bundle, or "unknown" when no manifest says it. */
	public static String of(Class<?> type) {
		try {
			org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(type);
			if (bundle != null) {
				return bundle.getVersion().toString();
			}
		} catch (NoClassDefFoundError outsideOsgi) {
			// the command line runs on a plain class path
		}
		try {
			Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
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
			return version == null ? "unknown" : version;
		} catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
			return "unknown";
		}
	}
}
