package org.spintex.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EclipseIniTest {

	@TempDir
	Path dir;

	@Test
	void jvmArgumentsAreTheLinesAfterVmargs() throws IOException {
		Path ini = Files.writeString(dir.resolve("eclipse.ini"), "-startup\nplugins/x.jar\n-vmargs\n-Xmx2g\n\n-Dosgi.requiredJavaVersion=21\n");
		assertEquals(List.of("-Xmx2g", "-Dosgi.requiredJavaVersion=21"), EclipseIni.vmArguments(ini));
	}

	@Test
	void noVmargsMeansNoArguments() throws IOException {
		assertEquals(List.of(), EclipseIni.vmArguments(Files.writeString(dir.resolve("eclipse.ini"), "-showsplash\n")));
		assertEquals(List.of(), EclipseIni.vmArguments(dir.resolve("missing.ini")));
	}
}
