package dev.livenessdesk.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code mvn -Papp-image package}: builds the app image for this OS in target/dist from the jars Maven staged in
 * target/jpackage-input, and with {@code -Dinstallers=all} (or a list such as {@code msi,zip}) this OS's installers
 * in target/installers. Arguments: version, Maven build directory, project directory, image JDK, installers.
 */
public final class AppImageBuild {

    private static final Duration TOOL_LIMIT = Duration.ofMinutes(10);

    private AppImageBuild() {
    }

    public static void main(String[] args) throws Exception {
        String version = args[0];
        Path target = Path.of(args[1]).toAbsolutePath();
        Path root = Path.of(args[2]).toAbsolutePath();
        Path jdk = Path.of(args.length > 3 && !args[3].isBlank() ? args[3] : System.getProperty("java.home"));
        String installers = args.length > 4 ? args[4].strip() : "";
        PackagingOs os = PackagingOs.current();
        int feature = javaFeature(jdk);
        System.out.println("Image JDK: " + jdk + " (Java " + feature + "), " + os);
        JpackagePlan plan = new JpackagePlan(os, root, target, version, feature, System.getenv("MAC_SIGNING_IDENTITY"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Path image = buildImage(plan, jdk);
        System.out.println("App image: " + image + " (" + sizeMb(image) + " MB)");
        for (String type : installerTypes(os, installers)) {
            long started = System.nanoTime();
            Path file = buildInstaller(plan, jdk, type, image);
            System.out.println("Installer (" + type + "): " + file + " (" + Files.size(file) / (1024 * 1024) + " MB in "
                    + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s)");
        }
    }

    static List<String> installerTypes(PackagingOs os, String asked) {
        if (asked.isEmpty() || asked.equals("none") || asked.startsWith("${")) {
            return List.of();
        }
        if (asked.equals("all")) {
            return os.installerTypes();
        }
        List<String> types = List.of(asked.split("\\s*,\\s*"));
        for (String type : types) {
            if (!os.installerTypes().contains(type)) {
                throw new IllegalArgumentException("installer '" + type + "' is not built on " + os + " (it builds "
                        + os.installerTypes() + ")");
            }
        }
        return types;
    }

    /** The feature number of the image JDK, from its {@code release} file (JAVA_VERSION="25.0.1"). */
    static int javaFeature(Path jdk) throws IOException {
        Properties release = new Properties();
        try (var reader = Files.newBufferedReader(jdk.resolve("release"), StandardCharsets.UTF_8)) {
            release.load(reader);
        }
        String value = release.getProperty("JAVA_VERSION", "\"17\"").replace("\"", "");
        return Integer.parseInt(value.split("[.+-]")[0]);
    }

    private static Path buildImage(JpackagePlan plan, Path jdk) throws Exception {
        PackagingOs os = plan.os();
        Path input = plan.input();
        PicocliForTheRuntime.recompile(os, jdk, input, plan.target().resolve("picocli-sources/picocli-sources.jar"));
        String modules = Commands.require(List.of(os.tool(jdk, "jdeps").toString(), "--ignore-missing-deps",
                "--print-module-deps", "--multi-release", "17", "--class-path", input.resolve("*").toString(),
                input.resolve(plan.mainJar()).toString()), TOOL_LIMIT);
        modules = JpackagePlan.runtimeModules(modules.lines().reduce((a, b) -> b).orElse(""));
        System.out.println("Runtime modules: " + modules);
        deleteTree(plan.runtime());
        deleteTree(plan.dest());
        Commands.require(plan.jlink(jdk, modules), TOOL_LIMIT);

        Map<String, String> launcher = plan.commandLineLauncher();
        if (!launcher.isEmpty()) {
            StringBuilder text = new StringBuilder();
            launcher.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            Files.writeString(plan.commandLineProperties(), text, StandardCharsets.UTF_8);
        }
        Commands.require(plan.appImage(jdk), TOOL_LIMIT);
        Path image = os.imageDirectory(plan.dest());
        if (os.splitLaunchers(plan.javaFeature())) {
            Files.move(plan.dest().resolve(os.mainLauncherName(plan.javaFeature())), image);
            Path script = os.commandLine(image);
            Files.copy(plan.root().resolve("jpackage/linux/liveness-desk.sh"), script, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            // An AOT cache holds each jar's modification time and is refused where it differs: the jars get the
            // time the .deb and .rpm will give them (packagedAt), so the caches work after an install too.
            setJarTimes(os.appDirectory(image), plan.packagedAt());
            new AotCacheTraining(os, image, plan.target()).train();
        }
        if (os == PackagingOs.LINUX) {
            // The .desktop entry ships inside the image, for users who unpack it by hand and for the installers.
            Path entry = image.resolve("lib").resolve(PackagingOs.COMMAND + ".desktop");
            Files.copy(plan.root().resolve("jpackage/linux/liveness-desk.desktop"), entry,
                    StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return image;
    }

    private static Path buildInstaller(JpackagePlan plan, Path jdk, String type, Path image) throws Exception {
        Path installers = plan.target().resolve("installers");
        Files.createDirectories(installers);
        Path file = installers.resolve(plan.os().installerFileName(plan.version(), System.getProperty("os.arch"), type));
        Files.deleteIfExists(file);
        switch (type) {
            case "zip" -> zip(image, file);
            // tar keeps the launchers' execute bits, which a zip would lose; every Linux has it.
            case "tar.gz" -> Commands.require(List.of("tar", "-czf", file.toString(), "-C",
                    image.getParent().toString(), image.getFileName().toString()), TOOL_LIMIT);
            default -> {
                Path work = plan.target().resolve("installer-" + type);
                deleteTree(work);
                if (plan.os() == PackagingOs.LINUX) {
                    writeLinuxResources(plan);
                }
                Commands.require(plan.installer(jdk, type, image, work), packagingEnvironment(plan), TOOL_LIMIT);
                try (Stream<Path> made = Files.list(work)) {
                    Path built = made.filter(p -> p.toString().endsWith("." + type)).findFirst()
                            .orElseThrow(() -> new IOException("jpackage made no ." + type + " in " + work));
                    Files.move(built, file);
                }
            }
        }
        return file;
    }

    /** Every jar of the image's app folder modified at {@code time}. */
    static void setJarTimes(Path app, Instant time) throws IOException {
        try (Stream<Path> files = Files.list(app)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                Files.setLastModifiedTime(jar, FileTime.from(time));
            }
        }
    }

    /**
     * jpackage copies the image into its own folder before dpkg-deb or rpmbuild packs it, and the copies are
     * modified "now": SOURCE_DATE_EPOCH makes dpkg-deb, and rpm's clamp_mtime_to_source_date_epoch rpmbuild,
     * give every file the image's {@code packagedAt} instead (rpmbuild reads the macro from HOME's .rpmmacros).
     */
    static Map<String, String> packagingEnvironment(JpackagePlan plan) throws IOException {
        if (plan.os() != PackagingOs.LINUX) {
            return Map.of();
        }
        Path home = Files.createDirectories(plan.target().resolve("packaging-home"));
        Files.writeString(home.resolve(".rpmmacros"), "%clamp_mtime_to_source_date_epoch 1\n"
                + "%use_source_date_epoch_as_buildtime 1\n", StandardCharsets.UTF_8);
        return Map.of("SOURCE_DATE_EPOCH", Long.toString(plan.packagedAt().getEpochSecond()),
                "HOME", home.toString());
    }

    /** Menu entries and icons named for the image's launchers, where jpackage looks for them (PackagingOs). */
    static void writeLinuxResources(JpackagePlan plan) throws IOException {
        PackagingOs os = plan.os();
        Path resources = plan.linuxResources();
        deleteTree(resources);
        Files.createDirectories(resources);
        String entry = Files.readString(plan.root().resolve("jpackage/linux/" + PackagingOs.COMMAND + ".desktop"));
        for (Map.Entry<String, String> file : os.linuxMenuEntries(plan.javaFeature(), entry).entrySet()) {
            Files.writeString(resources.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        for (String launcher : os.linuxLaunchers(plan.javaFeature())) {
            Files.copy(os.icon(plan.root()), resources.resolve(launcher + ".png"));
        }
    }

    /** The portable Windows zip: the image folder itself at the top, so unpacking makes one folder. */
    static void zip(Path image, Path file) throws IOException {
        Path base = image.getParent();
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(image)) {
            for (Path path : (Iterable<Path>) files.sorted()::iterator) {
                String name = base.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    zip.putNextEntry(new ZipEntry(name + "/"));
                } else {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(path, zip);
                }
                zip.closeEntry();
            }
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path each : all) {
                Files.delete(each);
            }
        }
    }

    static long sizeMb(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum() / (1024 * 1024);
        }
    }
}
