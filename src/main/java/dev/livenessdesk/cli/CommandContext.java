package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.Backend;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * What every command of one run shares: where to write, and the backend, built only when a command needs it
 * (--help and --version build none; service clients are built later still, per connection) and closed at the end.
 */
final class CommandContext implements AutoCloseable {

    private final Supplier<Backend> backendFactory;
    private final PrintWriter out;
    private final PrintWriter err;
    private Backend backend;

    CommandContext(Supplier<Backend> backendFactory, PrintWriter out, PrintWriter err) {
        this.backendFactory = backendFactory;
        this.out = out;
        this.err = err;
    }

    Backend backend() {
        if (backend == null) {
            backend = backendFactory.get();
        }
        return backend;
    }

    JsonEnvelope envelope() {
        return new JsonEnvelope(out);
    }

    /** Warnings and notes for the person at the terminal: stderr, so stdout stays one JSON line. */
    void warn(String message) {
        err.println(CliText.get("warning.prefix", message));
        err.flush();
    }

    /** A note for the person at the terminal (a retry, say): stderr, without the warning prefix. */
    void note(String message) {
        err.println(message);
        err.flush();
    }

    PrintWriter err() {
        return err;
    }

    @Override
    public void close() {
        if (backend != null) {
            backend.close();
        }
    }
}
