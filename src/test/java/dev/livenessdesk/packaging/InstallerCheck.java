package dev.livenessdesk.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Part of {@code mvn -Papp-image verify -Dinstallers=...}: each installer this OS built is opened as a user's
 * computer would install it and the command line it installs is started (--version, a create against the
 * Rekognition stand-in). The .deb is unpacked with dpkg-deb into a scratch folder (no root, nothing installed on
 * the build machine), the .rpm with rpm2cpio and cpio; the menu entries their install scripts set up must be
 * exactly one shown, "Liveness Desk", whose program and icon are in the package. The .tar.gz and the Windows .zip
 * are unpacked and started. The .msi and .dmg need Windows Installer and a mounted disk image:
 * the image they are made from is the one {@link AppImageCheck} started.
 */
final class InstallerCheck {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    private InstallerCheck() {
    }

    static void checkAll(PackagingOs os, Path installers, String version, Path work) throws Exception {
        if (!Files.isDirectory(installers)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(installers)) {
            files = listed.filter(f -> f.getFileName().toString().contains("-" + version + "-")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path into = Files.createDirectories(work.resolve("unpacked-" + name));
            System.out.println("== installer " + name + " (" + Files.size(file) / (1024 * 1024) + " MB)");
            if (name.endsWith(".deb")) {
                Commands.require(List.of("dpkg-deb", "-x", file.toString(), into.toString()), LIMIT);
                Path control = work.resolve("control-" + name);
                Commands.require(List.of("dpkg-deb", "-e", file.toString(), control.toString()), LIMIT);
                menuEntries(Files.readString(control.resolve("postinst")), into);
                starts(os.commandLine(into.resolve("opt").resolve(PackagingOs.COMMAND)), version, work);
            } else if (name.endsWith(".rpm")) {
                // rpm2cpio and cpio unpack it as rpm would install it, without a root or an rpm database.
                Path archive = work.resolve(name + ".cpio");
                pipe(List.of("rpm2cpio", file.toString()), null, archive, into);
                pipe(List.of("cpio", "-idm", "--quiet"), archive, null, into);
                menuEntries(Commands.require(List.of("rpm", "-qp", "--scripts", file.toString()), LIMIT), into);
                starts(os.commandLine(into.resolve("opt").resolve(PackagingOs.COMMAND)), version, work);
            } else if (name.endsWith(".tar.gz")) {
                Commands.require(List.of("tar", "-xzf", file.toString(), "-C", into.toString()), LIMIT);
                starts(os.commandLine(os.imageDirectory(into)), version, work);
            } else if (name.endsWith(".zip")) {
                unzip(file, into);
                starts(os.commandLine(os.imageDirectory(into)), version, work);
            } else {
                System.out.println("(built from the checked image; opening it needs " + name.substring(
                        name.lastIndexOf('.') + 1) + " tools this check does not run)");
            }
        }
    }

    /** The .desktop files an install script hands to xdg-desktop-menu. */
    static List<String> installedMenuEntries(String script) {
        List<String> entries = new ArrayList<>();
        script.lines().map(String::strip).filter(l -> l.startsWith("xdg-desktop-menu install "))
                .forEach(l -> entries.add(l.substring("xdg-desktop-menu install ".length()).strip()));
        return entries;
    }

    /**
     * Exactly one menu entry of those the install script hands to xdg-desktop-menu is shown, named Liveness Desk,
     * and its program and icon are in the unpacked package.
     */
    private static void menuEntries(String postinst, Path root) throws IOException {
        int shown = 0;
        for (String entry : installedMenuEntries(postinst)) {
            String text = Files.readString(root.resolve(entry.substring(1)));
            System.out.println(entry + ": " + text.lines().filter(l -> l.startsWith("Name=")
                    || l.startsWith("NoDisplay=")).toList());
            if (text.lines().anyMatch("NoDisplay=true"::equals)) {
                continue;
            }
            shown++;
            AppImageCheck.expect(text.lines().anyMatch("Name=Liveness Desk"::equals), entry + " is not named"
                    + " Liveness Desk:\n" + text);
            for (String key : List.of("Exec=", "Icon=")) {
                String file = text.lines().filter(l -> l.startsWith(key)).findFirst().orElse(key).substring(key.length());
                AppImageCheck.expect(file.startsWith("/") && Files.isRegularFile(root.resolve(file.substring(1))),
                        entry + ": " + key + file + " is not in the package");
            }
        }
        AppImageCheck.expect(shown == 1, "the package shows " + shown + " menu entries, not one");
    }

    private static void starts(Path commandLine, String version, Path work) throws IOException {
        Map<String, String> environment = CheckEnvironment.isolatedIn(work.resolve("home-" + commandLine.hashCode()));
        AppImageCheck.answersItsVersion(commandLine, version, environment);
        AppImageCheck.createsASession(commandLine, environment);
    }

    /** Runs a program in {@code directory} with stdin from {@code in} and stdout to {@code out} (bytes, not text). */
    private static void pipe(List<String> command, Path in, Path out, Path directory) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(in == null ? ProcessBuilder.Redirect.from(Commands.nullDevice())
                        : ProcessBuilder.Redirect.from(in.toFile()))
                .redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
        Process process = builder.start();
        if (!process.waitFor(LIMIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command + " did not finish in " + LIMIT.toSeconds() + " s");
        }
        AppImageCheck.expect(process.exitValue() == 0, command + " failed (exit " + process.exitValue() + ")");
    }

    /** Java's unzip keeps no execute bits: the Windows .zip needs none, and Linux never gets one. */
    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                AppImageCheck.expect(target.startsWith(into), "a zip entry leaves its folder: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
