package dev.livenessdesk.core.connection;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on an endpoint override the user typed.
 *
 * @param outcome  whether it can be used as it is
 * @param endpoint the parsed endpoint, when OK; empty for an empty field (no override) or a problem
 * @param message  what is wrong or what needs confirming, in words; empty when OK
 */
public record EndpointCheck(Outcome outcome, Optional<URI> endpoint, String message) {

    public enum Outcome { OK, ERROR, NEEDS_CONFIRMATION }

    public EndpointCheck {
        Objects.requireNonNull(outcome, "outcome");
        endpoint = endpoint == null ? Optional.empty() : endpoint;
        message = message == null ? "" : message;
    }

    public static EndpointCheck ok(Optional<URI> endpoint) {
        return new EndpointCheck(Outcome.OK, endpoint, "");
    }

    public static EndpointCheck error(String message) {
        return new EndpointCheck(Outcome.ERROR, Optional.empty(), message);
    }

    public static EndpointCheck needsConfirmation(URI endpoint, String message) {
        return new EndpointCheck(Outcome.NEEDS_CONFIRMATION, Optional.of(endpoint), message);
    }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }
}
