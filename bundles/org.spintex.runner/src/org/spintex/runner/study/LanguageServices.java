package org.spintex.runner.study;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.spintex.dsl.SpintexStandaloneSetup;
import org.spintex.dsl.units.UnitSyntax;

import com.google.inject.Injector;

/**
 * The language's Guice injector outside Eclipse, made once per JVM and shared by every {@link DeviceFiles} (its
 * singletons are stateless services; every load gets its own resource set). Making it is most of a short command's
 * start, so the command line may begin it on another thread ({@link #prepareInBackground}) while it parses its
 * arguments; whoever needs it first waits for it or makes it.
 */
public final class LanguageServices {

	private static final FutureTask<Injector> INJECTOR = new FutureTask<>(
			() -> new SpintexStandaloneSetup().createInjectorAndDoEMFRegistration());

	private LanguageServices() {
	}

	/** Starts making the injector on a daemon thread, if nobody has yet. */
	public static void prepareInBackground() {
		Thread thread = new Thread(INJECTOR, "spintex-language");
		thread.setDaemon(true);
		thread.start();
	}

	/** The injector: made here if nobody started it, else waited for. */
	public static Injector injector() {
		if (!INJECTOR.isDone()) {
			// the first parse needs the unit system: set it up while the injector is being made
			UnitSyntax.load();
		}
		// a no-op if another thread has begun it
		INJECTOR.run();
		try {
			return INJECTOR.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the language was being set up", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("the language could not be set up: " + e.getCause(), e.getCause());
		}
	}
}
