package dev.livenessdesk.core.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The team's own check page for a phone or another computer: a URL template (a setting) such as
 * {@code https://liveness.example.com/check?sessionId={sessionId}&region={region}}, filled per session.
 */
public final class HandOffLink {

    public static final String SESSION_ID = "{sessionId}";
    public static final String REGION = "{region}";
    private static final int MAX_LENGTH = 2000;

    private HandOffLink() {
    }

    /** What is wrong with a template, in words; empty when it can be used. */
    public static Optional<String> problemOf(String template) {
        String text = template == null ? "" : template.strip();
        if (text.isEmpty()) {
            return Optional.of(CheckWords.get("handoff.empty"));
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of(CheckWords.get("handoff.tooLong", MAX_LENGTH));
        }
        if (!text.contains(SESSION_ID)) {
            return Optional.of(CheckWords.get("handoff.noSessionId", SESSION_ID));
        }
        try {
            URI uri = new URI(text.replace(SESSION_ID, "id").replace(REGION, "region"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                return Optional.of(CheckWords.get("handoff.notWeb"));
            }
        } catch (URISyntaxException e) {
            return Optional.of(CheckWords.get("handoff.invalid", e.getReason()));
        }
        return Optional.empty();
    }

    /** The template with the session's id and region put in (encoded for a URL). */
    public static URI fill(String template, String sessionId, String region) {
        Optional<String> problem = problemOf(template);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return URI.create(template.strip()
                .replace(SESSION_ID, URLEncoder.encode(sessionId, StandardCharsets.UTF_8))
                .replace(REGION, URLEncoder.encode(region, StandardCharsets.UTF_8)));
    }
}
