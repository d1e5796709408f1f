package dev.livenessdesk.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaging build's programs (jlink, jpackage, the built launchers), each with a time bound. */
final class Commands {

    private Commands() {
    }

    /** What a finished program said: its exit code and stdout and stderr, each as text. */
    record Result(int exitCode, String out, String err) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs a program and fails the build with its own words when it does not succeed. */
    static String require(List<String> command, Duration limit) throws IOException {
        return require(command, Map.of(), limit);
    }

    /** {@link #require(List, Duration)} with these environment entries changed. */
    static String require(List<String> command, Map<String, String> environment, Duration limit) throws IOException {
        Result result = run(command, environment, limit);
        if (!result.ok()) {
            throw new IOException(String.join(" ", command) + " failed (exit " + result.exitCode() + "):\n"
                    + result.out() + result.err());
        }
        System.out.print(result.err());
        return result.out();
    }

    /** Runs a program; an environment entry with a null value is taken out of the inherited environment. */
    static Result run(List<String> command, Map<String, String> environment, Duration limit) throws IOException {
        Path out = Files.createTempFile("packaging-out", ".txt");
        Path err = Files.createTempFile("packaging-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            environment.forEach((name, value) -> {
                if (value == null) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            Process process = builder.start();
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    throw new IOException(String.join(" ", command) + " did not finish in " + limit.toSeconds() + " s:\n"
                            + Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IOException("interrupted: " + command, e);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static java.io.File nullDevice() {
        return new java.io.File(PackagingOs.current() == PackagingOs.WINDOWS ? "NUL" : "/dev/null");
    }
}
