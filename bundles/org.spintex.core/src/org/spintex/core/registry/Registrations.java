package org.spintex.core.registry;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The implementations of a service that bundles register, each as one line in their
 * {@code META-INF/services/<service's binary name>} file: the one registration that works both on the
 * command line, where every bundle is a jar on one class path ({@link ServiceLoader}), and inside the
 * workbench, where each bundle has its own class loader and the file is read from every installed bundle
 * ({@link BundleRegistrations}). Sorted by class name, so that the order never depends on the class path.
 */
public final class Registrations {

	private Registrations() {
	}

	/**
	 * One new instance of every registered implementation of {@code service}.
	 *
	 * @throws IllegalStateException when a registration names a class that is missing, is not a
	 *         {@code service} or has no public constructor without arguments; the message names the class
	 */
	public static <T> List<T> load(Class<T> service) {
		List<T> found = BundleRegistrations.insideOsgi(service) ? BundleRegistrations.load(service) : fromClassPath(service);
		return found.stream().sorted(Comparator.comparing(instance -> instance.getClass().getName())).toList();
	}

	private static <T> List<T> fromClassPath(Class<T> service) {
		try {
			return ServiceLoader.load(service, service.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
		} catch (ServiceConfigurationError e) {
			throw new IllegalStateException("a registration of " + service.getName() + " is broken: " + e.getMessage(), e);
		}
	}
}
