package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.connection.Backend;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/** One in-process run of the real launcher, with its own writers (no global System.out swap). */
record CliRun(int exitCode, String stdout, String stderr) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern TIME_LIKE =
            java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:");
    private static final String WHOLE_SECONDS_UTC = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    static CliRun run(Supplier<Backend> backend, String... args) {
        return run(backend, Map.of(), args);
    }

    /** A run with these environment variables instead of the test JVM's. */
    static CliRun run(Supplier<Backend> backend, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineLauncher.run(args, backend, environment, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** A run whose check command serves pages from this host and "opens" them with this opener. */
    static CliRun runCheck(Supplier<Backend> backend, dev.livenessdesk.core.check.CheckPageHost pages,
                           dev.livenessdesk.core.check.PageOpener opener, java.io.Writer errTap, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.io.Writer both = new java.io.Writer() {
            @Override
            public void write(char[] text, int offset, int length) throws IOException {
                err.write(text, offset, length);
                errTap.write(text, offset, length);
            }

            @Override
            public void flush() throws IOException {
                errTap.flush();
            }

            @Override
            public void close() {
            }
        };
        int exit = CommandLineLauncher.run(args, backend, pages, opener, new PrintWriter(out), new PrintWriter(both));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** The stdout envelope, after checking stdout holds exactly one line and nothing else. */
    JsonNode envelope() {
        assertThat(stdout).as("stdout (stderr: %s)", stderr).endsWith(System.lineSeparator());
        assertThat(stdout.strip().lines().count()).as("lines on stdout: %s", stdout).isEqualTo(1);
        JsonNode envelope = parse(stdout);
        assertTimesInWholeSecondsUtc(envelope);
        return envelope;
    }

    /**
     * Every time anywhere in an envelope is written as the seed's envelope shows it, 2025-01-01T00:00:00Z: whole
     * seconds, UTC, Z; jq's fromdateiso8601, which QA scripts use, refuses anything else.
     */
    static void assertTimesInWholeSecondsUtc(JsonNode node) {
        if (node.isTextual() && TIME_LIKE.matcher(node.asText()).lookingAt()) {
            assertThat(node.asText()).as("a time in an envelope").matches(WHOLE_SECONDS_UTC);
        }
        node.forEach(CliRun::assertTimesInWholeSecondsUtc);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds an expected envelope from JSON text written with single quotes, for readable tests. */
    static JsonNode json(String singleQuoted) {
        return parse(singleQuoted.replace('\'', '"'));
    }
}
