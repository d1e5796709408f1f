package dev.livenessdesk.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image's picocli jar: compiled from the sources jar for Java 17, its manifest kept, the rest untouched. */
class PicocliForTheRuntimeTest {

    private static final Path JDK = Path.of(System.getProperty("java.home"));

    @Test
    void thePicocliJarIsReplacedByItsSourcesCompiledForJava17(@TempDir Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path picocli = input.resolve("picocli-4.7.7.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "4.7.7");
        manifest.getMainAttributes().put(new Attributes.Name("Multi-Release"), "true");
        try (OutputStream out = Files.newOutputStream(picocli); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new ZipEntry("picocli/Old.class"));
            jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 49});
        }
        Path other = Files.writeString(input.resolve("picocli-codegen-notes.txt"), "left alone");
        Path sources = dir.resolve("picocli-sources.jar");
        try (OutputStream out = Files.newOutputStream(sources); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("picocli/CommandLine.java"));
            zip.write("package picocli; public class CommandLine { public static String version() { return \"4.7.7\"; } }"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("module-info.java"));
            zip.write("module info.picocli { exports picocli; }".getBytes(StandardCharsets.UTF_8));
        }

        PicocliForTheRuntime.recompile(PackagingOs.current(), JDK, input, sources);

        try (JarFile jar = new JarFile(picocli.toFile())) {
            assertThat(jar.getEntry("picocli/Old.class")).isNull();
            assertThat(jar.getEntry("module-info.class")).isNull();
            assertThat(majorVersion(jar, "picocli/CommandLine.class")).isEqualTo(61);
            assertThat(jar.getManifest().getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION))
                    .isEqualTo("4.7.7");
            assertThat(jar.getManifest().getMainAttributes().getValue("Multi-Release")).isNull();
        }
        assertThat(Files.readString(other)).isEqualTo("left alone");
    }

    @Test
    void withoutTheSourcesJarTheJarStaysAsItWas(@TempDir Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path picocli = Files.write(input.resolve("picocli-4.7.7.jar"), new byte[] {1, 2, 3});

        PicocliForTheRuntime.recompile(PackagingOs.current(), JDK, input, dir.resolve("missing.jar"));

        assertThat(Files.readAllBytes(picocli)).containsExactly(1, 2, 3);
    }

    private static int majorVersion(JarFile jar, String entry) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(entry)); DataInputStream data = new DataInputStream(in)) {
            assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort();
            return data.readUnsignedShort();
        }
    }
}
