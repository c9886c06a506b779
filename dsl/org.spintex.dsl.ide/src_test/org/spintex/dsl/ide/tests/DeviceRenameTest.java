package org.spintex.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.dsl.ide.SpintexIdeSetup;
import org.spintex.dsl.ide.refactoring.DeviceRename;

import com.google.inject.Injector;

/** Rename of a named element and of every reference to it, across the files that import it. */
class DeviceRenameTest {

	private static final Injector INJECTOR = new SpintexIdeSetup().createInjectorAndDoEMFRegistration();

	@TempDir
	Path dir;

	private static final String MATERIALS = """
			spintex 3
			material Py { exchange A = 13 pJ/m  saturation Ms = 800 kA/m  damping alpha = 0.5 }
			""";

	private static final String DEVICE = """
			spintex 3
			import "materials.spintex"
			device Track {
				film track { material Py  shape box  length 64 nm  width 16 nm  thickness 2 nm  cell 2 nm }
				film other { material Py  shape box  length 64 nm  width 16 nm  thickness 2 nm  cell 2 nm }
				contact west on track.west { current 1 mA }
				study push : micromagnetic {
					film track
					duration 1 ps
					sweep track.thickness over 1 nm, 2 nm
				}
			}
			""";

	@Test
	void aFilmIsRenamedWhereItIsDeclaredAndWhereverItIsUsed() throws Exception {
		Path materials = Files.writeString(dir.resolve("materials.spintex"), MATERIALS);
		Path device = Files.writeString(dir.resolve("track.spintex"), DEVICE);
		DeviceRename.Plan plan = rename(device, DEVICE, DEVICE.indexOf("film track {") + 6, "rail", materials);
		assertEquals("track", plan.oldName());
		String renamed = apply(plan, device, DEVICE);
		assertEquals(DEVICE.replace("film track {", "film rail {").replace("on track.west", "on rail.west")
				.replace("film track\n", "film rail\n").replace("sweep track.thickness", "sweep rail.thickness"), renamed);
		assertEquals(List.of(device), plan.files(), "the materials file does not use the film");
	}

	@Test
	void aMaterialIsRenamedFromAUseInAnotherFileInBothFiles() throws Exception {
		Path materials = Files.writeString(dir.resolve("materials.spintex"), MATERIALS);
		Path device = Files.writeString(dir.resolve("track.spintex"), DEVICE);
		DeviceRename.Plan plan = rename(device, DEVICE, DEVICE.indexOf("material Py") + 10, "Permalloy", materials);
		assertEquals(DEVICE.replace("material Py ", "material Permalloy "), apply(plan, device, DEVICE));
		assertEquals(MATERIALS.replace("material Py", "material Permalloy"), apply(plan, materials, MATERIALS));
		assertEquals(2 + 1, plan.edits().size(), "two films use it, one declares it");
	}

	@Test
	void aNameThatIsAWordOfTheLanguageOrTakenIsRefused() throws IOException {
		Path materials = Files.writeString(dir.resolve("materials.spintex"), MATERIALS);
		Path device = Files.writeString(dir.resolve("track.spintex"), DEVICE);
		int onTrack = DEVICE.indexOf("film track {") + 6;
		DeviceRename.Refused keyword = assertThrows(DeviceRename.Refused.class, () -> rename(device, DEVICE, onTrack, "contact", materials));
		assertTrue(keyword.getMessage().contains("word of the language"), keyword.getMessage());
		DeviceRename.Refused taken = assertThrows(DeviceRename.Refused.class, () -> rename(device, DEVICE, onTrack, "other", materials));
		assertTrue(taken.getMessage().contains("already the name of a film"), taken.getMessage());
		assertThrows(DeviceRename.Refused.class, () -> rename(device, DEVICE, onTrack, "2fast", materials));
		// nothing to rename on a property value
		assertThrows(DeviceRename.Refused.class, () -> rename(device, DEVICE, DEVICE.indexOf("64 nm"), "x", materials));
	}

	private static DeviceRename.Plan rename(Path file, String text, int offset, String name, Path other) throws DeviceRename.Refused {
		return INJECTOR.getInstance(DeviceRename.class).plan(file.toAbsolutePath().normalize(), text, offset, name,
				List.of(other.toAbsolutePath().normalize(), file.toAbsolutePath().normalize()));
	}

	private static String apply(DeviceRename.Plan plan, Path file, String text) {
		StringBuilder out = new StringBuilder(text);
		for (DeviceRename.Edit edit : plan.editsOf(file.toAbsolutePath().normalize())) {
			out.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return out.toString();
	}
}
