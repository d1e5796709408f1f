import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the check page into the folder given as the first argument from the page's sources (the second) with this machine's Node.js and npm; the Maven
 * build runs it in generate-resources as a Java source file ({@code java BuildPage.java OUT WEB}), so it needs no shell
 * and works on Windows (npm.cmd), macOS and Linux alike. Never downloads Node itself. Without npm the desk still
 * builds: the page is then absent, and "Run the check here" says what is missing.
 */
public class BuildPage {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    public static void main(String[] args) throws Exception {
        // Everything this build says goes to stderr: `mvn -q compile exec:java -Dexec.args="create ..."` runs it
        // first, and that command's stdout must be the desk's one JSON line (npm ci's "added 196 packages" was on it).
        System.setOut(System.err);
        Path out = Path.of(args[0]).toAbsolutePath();
        Path web = Path.of(args[1]).toAbsolutePath();
        Optional<Path> npm = onPath(WINDOWS ? "npm.cmd" : "npm");
        Optional<Path> node = onPath(WINDOWS ? "node.exe" : "node");
        if (npm.isEmpty() || node.isEmpty()) {
            System.err.println("[check page] WARNING: Node.js and npm were not found, so the check page is not built."
                    + " Install Node.js 18 or newer with npm and build again to use Run the check here.");
            return;
        }
        // Install exactly what package-lock.json pins, again only when the lock changed.
        Path lock = web.resolve("package-lock.json");
        Path installed = web.resolve("node_modules").resolve(".package-lock.json");
        if (!Files.exists(installed) || modified(lock).compareTo(modified(installed)) > 0) {
            List<String> ci = new ArrayList<>();
            if (WINDOWS) {
                ci.addAll(List.of("cmd.exe", "/c"));
            }
            ci.addAll(List.of(npm.get().toString(), "ci", "--no-audit", "--no-fund", "--prefer-offline"));
            run(ci, web);
            Files.setLastModifiedTime(installed, FileTime.fromMillis(System.currentTimeMillis()));
        }
        // Rebuild only when a source is newer than the last build.
        Path stamp = out.resolve("files.txt");
        if (Files.exists(stamp) && !newerThan(modified(stamp), web.resolve("src"), web.resolve("build.mjs"), lock)) {
            System.err.println("[check page] up to date in " + out);
            return;
        }
        run(List.of(node.get().toString(), "build.mjs", out.toString()), web);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory.replace("\"", "")).resolve(program);
            if (Files.isRegularFile(candidate) && (WINDOWS || Files.isExecutable(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static FileTime modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file);
    }

    private static boolean newerThan(FileTime time, Path... roots) throws IOException {
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (modified(file).compareTo(time) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        process.getInputStream().transferTo(System.err);
        // npm ci and the build take under a minute; 10 minutes covers a slow first download.
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in 10 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + ")");
        }
    }
}
