package org.spintex.core.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * The registrations of a service inside an OSGi framework: Equinox gives each bundle its own class
 * loader, so {@link java.util.ServiceLoader} would see only the files its caller's bundle can see. This reads
 * {@code META-INF/services/<service>} from every installed bundle and loads the classes it names through
 * that bundle. Only touched when the OSGi framework classes are there (the command line may run without).
 */
final class BundleRegistrations {

	private BundleRegistrations() {
	}

	/** Whether {@code service}'s own class was loaded by an OSGi bundle. */
	static boolean insideOsgi(Class<?> service) {
		try {
			Class.forName("org.osgi.framework.FrameworkUtil", false, Registrations.class.getClassLoader());
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
		return FrameworkUtil.getBundle(service) != null;
	}

	static <T> List<T> load(Class<T> service) {
		List<T> found = new ArrayList<>();
		for (Bundle bundle : context().getBundles()) {
			// a source bundle carries a copy of its binary bundle's services file, but not the classes
			if (bundle.getState() == Bundle.UNINSTALLED || bundle.getHeaders("").get("Eclipse-SourceBundle") != null) {
				continue;
			}
			URL file = bundle.getEntry("META-INF/services/" + service.getName());
			if (file != null) {
				for (String className : classNames(file)) {
					found.add(instance(service, bundle, className));
				}
			}
		}
		return found;
	}

	/**
	 * A context to list the bundles with: this bundle's own, which exists once it is started; it has no
	 * activator, so starting it (for this run of the framework only) does nothing else.
	 */
	private static BundleContext context() {
		Bundle own = FrameworkUtil.getBundle(BundleRegistrations.class);
		if (own.getBundleContext() == null) {
			try {
				own.start(Bundle.START_TRANSIENT);
			} catch (BundleException e) {
				throw new IllegalStateException("cannot start bundle " + own.getSymbolicName() + ": " + e.getMessage(), e);
			}
		}
		return own.getBundleContext();
	}

	/** The class names of a services file: one per line, {@code #} starts a comment. */
	static List<String> classNames(URL file) {
		List<String> names = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int comment = line.indexOf('#');
				String name = (comment < 0 ? line : line.substring(0, comment)).strip();
				if (!name.isEmpty()) {
					names.add(name);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
		}
		return names;
	}

	private static <T> T instance(Class<T> service, Bundle bundle, String className) {
		String where = className + " (registered by bundle " + bundle.getSymbolicName() + ")";
		try {
			Class<?> type = bundle.loadClass(className);
			if (!service.isAssignableFrom(type)) {
				throw new IllegalStateException(where + " is not a " + service.getName()
						+ " (or its bundle sees another copy of that interface)");
			}
			return service.cast(type.getConstructor().newInstance());
		} catch (ClassNotFoundException e) {
			throw new IllegalStateException(where + " does not exist", e);
		} catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
			throw new IllegalStateException(where + " needs a public constructor without arguments", e);
		} catch (InvocationTargetException e) {
			throw new IllegalStateException(where + " failed to start: " + e.getCause(), e.getCause());
		}
	}
}
