package dev.livenessdesk.core.images;

import java.net.URI;
import java.time.Instant;

/**
 * A presigned GET URL and when it really stops working: earlier than asked when the credentials that signed it
 * are temporary and expire first.
 */
public record PresignedLink(URI url, Instant expiresAt, boolean shortenedByCredentials) {

    /**
     * Whether the link can open anywhere: one to a host under the reserved {@code .invalid} name (RFC 2606; the
     * sandbox's links) never resolves, so it has no expiry worth telling.
     */
    public boolean opensNowhere() {
        String host = url.getHost();
        return host != null && (host.equals("invalid") || host.endsWith(".invalid"));
    }
}
