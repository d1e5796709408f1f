package dev.livenessdesk.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * picocli's jar holds class files for Java 5. The JVM keeps no such "old" class in an AOT cache once it ran during
 * training ({@code Skipping picocli/...: Old class has been linked}), so every command-line run read and verified
 * picocli's classes from the jar again: about 70 ms of CPU of a {@code create} (bench/README). The image carries
 * the same picocli version compiled from its sources jar for Java 17, which the cache holds like any other class.
 * Without the sources jar the image keeps picocli's own jar and says so.
 */
final class PicocliForTheRuntime {

    static final int JAVA_RELEASE = 17;
    private static final Duration COMPILE_LIMIT = Duration.ofMinutes(5);

    private PicocliForTheRuntime() {
    }

    /** Replaces {@code input}'s picocli jar by one compiled from {@code sourcesJar} with {@code jdk}'s javac. */
    static void recompile(PackagingOs os, Path jdk, Path input, Path sourcesJar) throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(input)) {
            jar = files.filter(p -> p.getFileName().toString().matches("picocli-[0-9][^/]*\\.jar")).findFirst()
                    .orElse(null);
        }
        if (jar == null) {
            return;
        }
        if (!Files.isRegularFile(sourcesJar)) {
            System.out.println("picocli: no sources jar at " + sourcesJar + ", the image keeps " + jar.getFileName());
            return;
        }
        Path work = Files.createTempDirectory("picocli-recompile");
        try {
            Path sources = work.resolve("sources");
            Path classes = work.resolve("classes");
            Files.createDirectories(classes);
            List<String> javaFiles = unzipSources(sourcesJar, sources);
            Path argFile = work.resolve("sources.txt");
            Files.write(argFile, javaFiles, StandardCharsets.UTF_8);
            Commands.require(List.of(os.tool(jdk, "javac").toString(), "--release", String.valueOf(JAVA_RELEASE),
                    "-nowarn", "-encoding", "UTF-8", "-d", classes.toString(), "@" + argFile), COMPILE_LIMIT);
            Manifest manifest;
            try (JarFile original = new JarFile(jar.toFile())) {
                manifest = original.getManifest() == null ? new Manifest() : original.getManifest();
            }
            // One release of every class now: nothing under META-INF/versions.
            manifest.getMainAttributes().remove(new Attributes.Name("Multi-Release"));
            Path rebuilt = work.resolve(jar.getFileName());
            writeJar(classes, manifest, rebuilt);
            Files.copy(rebuilt, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("picocli: " + jar.getFileName() + " compiled from its sources for Java " + JAVA_RELEASE);
        } finally {
            AppImageBuild.deleteTree(work);
        }
    }

    /** Unpacks the sources jar; the paths of its .java files (module-info.java left out: the class path needs none). */
    private static List<String> unzipSources(Path sourcesJar, Path into) throws IOException {
        List<String> javaFiles = new ArrayList<>();
        try (InputStream in = Files.newInputStream(sourcesJar); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("sources jar entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory() || !entry.getName().endsWith(".java")
                        || entry.getName().endsWith("module-info.java")) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
                javaFiles.add(target.toString());
            }
        }
        if (javaFiles.isEmpty()) {
            throw new IOException("no .java file in " + sourcesJar);
        }
        return javaFiles;
    }

    private static void writeJar(Path classes, Manifest manifest, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                zip.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }
}
