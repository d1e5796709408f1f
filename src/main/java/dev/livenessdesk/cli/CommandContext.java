package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.EndpointResolver;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every command of one run shares: where to write, and the backend, built only when a command needs it
 * (--help and --version build none; service clients are built later still, per connection) and closed at the end.
 */
final class CommandContext implements AutoCloseable {

    private final Supplier<Backend> backendFactory;
    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private Backend backend;

    /** @param environment the process environment, for the endpoint variables (tests pass their own) */
    CommandContext(Supplier<Backend> backendFactory, Map<String, String> environment, PrintWriter out,
                   PrintWriter err) {
        this.backendFactory = backendFactory;
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
    }

    /** Where calls go when no --endpoint-url is given; the sandbox sends nothing anywhere. */
    EndpointResolver endpoints() {
        return backend().isSandbox() ? EndpointResolver.NONE : new EndpointResolver(environment, backend().profiles());
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
