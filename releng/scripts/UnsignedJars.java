import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signature files (META-INF/*.SF, .RSA, .DSA, .EC) from the jars of a materialised product's plugins
 * folder, so that the JVM's class-data sharing archives their classes: it skips every class of a signed jar, and the
 * Eclipse, EMF and Xtext jars from Maven Central are signed (the spintex launcher's archive then took 0.1 s off a
 * start instead of 0.8 s). Nothing at run time checks the signatures: the command line runs on a plain class path and
 * Equinox verifies signed content only when asked to (osgi.signedcontent.support). Run by the product's build:
 * {@code java UnsignedJars.java PLUGINS_FOLDER}.
 */
public final class UnsignedJars {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	private UnsignedJars() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		List<Path> jars;
		try (var files = Files.list(folder)) {
			jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
		}
		int unsigned = 0;
		for (Path jar : jars) {
			if (unsign(jar)) {
				unsigned++;
			}
		}
		System.out.println("UnsignedJars: " + unsigned + " of " + jars.size() + " jars in " + folder + " had signatures, removed");
	}

	/** Rewrites {@code jar} without its signature files; false if it had none. */
	private static boolean unsign(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			if (zip.stream().noneMatch(e -> SIGNATURE.matcher(e.getName()).matches())) {
				return false;
			}
			Path copy = Files.createTempFile(jar.getParent(), "." + jar.getFileName(), ".partial");
			try (OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
				for (ZipEntry entry : zip.stream().toList()) {
					if (SIGNATURE.matcher(entry.getName()).matches()) {
						continue;
					}
					ZipEntry kept = new ZipEntry(entry.getName());
					kept.setTime(entry.getTime());
					out.putNextEntry(kept);
					try (InputStream in = zip.getInputStream(entry)) {
						in.transferTo(out);
					}
					out.closeEntry();
				}
			}
			Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
	}
}
