package dev.livenessdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.files.AppDirectories;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link StoreChild} in its own JVM on this test's classpath, optionally as an unprivileged user. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(boolean unprivileged, String... args) throws IOException {
        return start(List.of(), unprivileged, args);
    }

    /** @param jvmOptions system properties and the like for the child, before its main class */
    static Process start(List<String> jvmOptions, boolean unprivileged, String... args) throws IOException {
        // A user namespace without a mapping: even root is then held to the files' permission bits.
        return run(unprivileged ? List.of("unshare", "--user") : List.of(), jvmOptions, args);
    }

    /**
     * The child on a disk of its own, this many kilobytes large and mounted on {@code folder} (a tmpfs in a user
     * and mount namespace: no root needed, and gone when the child ends). With {@code fill}, a file takes all of it
     * before the child starts.
     */
    static Process startOnSmallDisk(Path folder, int kilobytes, boolean fill, String... args) throws IOException {
        return run(List.of("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                "mount -t tmpfs -o size=" + kilobytes + "k tmpfs \"$0\" || exit 97; "
                        + (fill ? "dd if=/dev/zero of=\"$0/filler\" bs=4k 2>/dev/null; " : "") + "exec \"$@\"",
                folder.toString()), List.of(), args);
    }

    /** What the child printed, once it ended by itself with exit code 0. */
    static List<String> outputOf(Process child) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = lines(child)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("child exit, output " + lines).isZero();
        return lines;
    }

    private static Process run(List<String> wrapper, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        String dataFolder = System.getProperty(AppDirectories.OVERRIDE_PROPERTY);
        if (dataFolder != null) {
            // The test run's data folder, never the user's: the native library is unpacked there.
            command.add("-D" + AppDirectories.OVERRIDE_PROPERTY + "=" + dataFolder);
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StoreChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** True when this machine lets a process mount a small tmpfs of its own in a user namespace. */
    static boolean canMountSmallDisk() {
        try {
            Process probe = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                    "mount -t tmpfs -o size=64k tmpfs /mnt").start();
            return probe.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static BufferedReader lines(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** True when this machine lets a process drop root's privileges over files (CI runs as root). */
    static boolean canRunUnprivileged() {
        try {
            Process probe = new ProcessBuilder("unshare", "--user", "true").start();
            return probe.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
