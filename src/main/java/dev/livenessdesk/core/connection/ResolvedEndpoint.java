package dev.livenessdesk.core.connection;

import dev.livenessdesk.core.Messages;
import java.net.URI;
import java.util.Objects;

/**
 * Where a service's calls really go, and why: so every message names the endpoint in use and where it came from,
 * instead of the public AWS one when an environment variable or a profile sends the calls elsewhere.
 *
 * @param uri    the endpoint
 * @param source which setting chose it
 * @param origin the setting's name: the variable (AWS_ENDPOINT_URL_S3), the profile, or empty
 */
public record ResolvedEndpoint(URI uri, Source source, String origin) {

    /** The SDKs' order: an override given to the client, the environment, the profile, else the public endpoint. */
    public enum Source { OVERRIDE, ENVIRONMENT, PROFILE, PUBLIC }

    public ResolvedEndpoint {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(source, "source");
        origin = origin == null ? "" : origin;
    }

    /** "from AWS_ENDPOINT_URL_REKOGNITION", "from profile qa", "set in this app", "the public AWS endpoint". */
    public String sourceText() {
        return switch (source) {
            case OVERRIDE -> Messages.get("endpoint.source.override");
            case ENVIRONMENT -> Messages.get("endpoint.source.environment", origin);
            case PROFILE -> Messages.get("endpoint.source.profile", origin);
            case PUBLIC -> Messages.get("endpoint.source.public");
        };
    }

    /** "http://127.0.0.1:9 (from AWS_ENDPOINT_URL_REKOGNITION)". */
    public String described() {
        return Messages.get("endpoint.described", uri, sourceText());
    }

    /** "127.0.0.1:9", or "AWS" for the public endpoint, for a short label. */
    public String shortName() {
        return source == Source.PUBLIC ? Messages.get("endpoint.short.public") : uri.getAuthority();
    }

    public boolean isPublic() {
        return source == Source.PUBLIC;
    }
}
