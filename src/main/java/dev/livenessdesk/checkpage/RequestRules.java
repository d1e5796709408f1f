package dev.livenessdesk.checkpage;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may talk to a check page's server. Decides only, from the request's plain facts, so each rule is tested
 * alone: the Host must name this server (no DNS rebinding), the path must carry the token, and calls to the
 * desk's API must come from the page itself (same origin, with the page's header).
 */
final class RequestRules {

    static final String PAGE_HEADER = "X-Liveness-Desk";
    static final String PAGE_HEADER_VALUE = "check-page";

    /** A refused request: the HTTP status and why, for the log and the reply's body. */
    record Refusal(int status, String reason) {
    }

    private final String token;
    private final Set<String> hosts;
    private final Set<String> origins;

    RequestRules(String token, int port) {
        this.token = token;
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    /** Every request: exactly one Host header, naming this server (two could be read differently by a proxy). */
    Optional<Refusal> checkHost(List<String> given) {
        if (given.size() != 1) {
            return Optional.of(new Refusal(400, "The request must carry exactly one Host header"));
        }
        return checkHost(given.get(0));
    }

    /** Its Host header names this server. */
    Optional<Refusal> checkHost(String host) {
        if (host == null || !hosts.contains(host.strip().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(new Refusal(421, "The Host header does not name this server"));
        }
        return Optional.empty();
    }

    /**
     * The request target: a path ("/TOKEN/..."), or the absolute form naming this server over http and nothing
     * else; never another host, a user, a query's authority or an asterisk.
     */
    Optional<Refusal> checkTarget(String target) {
        if (target.startsWith("/")) {
            return Optional.empty();
        }
        Optional<Refusal> foreign = Optional.of(new Refusal(421, "The request names another server"));
        try {
            URI absolute = new URI(target);
            if (!"http".equalsIgnoreCase(absolute.getScheme()) || absolute.getRawUserInfo() != null
                    || absolute.getRawAuthority() == null || absolute.getRawPath() == null
                    || !absolute.getRawPath().startsWith("/")
                    || !hosts.contains(absolute.getRawAuthority().toLowerCase(java.util.Locale.ROOT))) {
                return foreign;
            }
            return Optional.empty();
        } catch (URISyntaxException malformed) {
            return foreign;
        }
    }

    /** The raw path of a target that passed {@link #checkTarget}. */
    static String pathOf(String target) {
        String path = target;
        if (!target.startsWith("/")) {
            path = URI.create(target).getRawPath();
        }
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The part of the path after "/TOKEN/", or empty when the token is missing or wrong. */
    Optional<String> pathAfterToken(String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        int end = path.indexOf('/', 1);
        String given = end < 0 ? path.substring(1) : path.substring(1, end);
        // Constant time: the comparison must not tell how much of a guessed token was right.
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(end < 0 ? "" : path.substring(end + 1));
    }

    /**
     * The desk's API: POST only, with the page's header (which a foreign page cannot send without a CORS
     * preflight this server never grants), from this server's own origin when the browser names one.
     */
    Optional<Refusal> checkApiCall(String method, String pageHeader, String origin, String fetchSite) {
        if (!"POST".equals(method)) {
            return Optional.of(new Refusal(405, "The desk's API takes POST only"));
        }
        if (origin != null && !origins.contains(origin.strip().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(new Refusal(403, "Cross-origin requests are refused"));
        }
        if (fetchSite != null && !"same-origin".equalsIgnoreCase(fetchSite.strip())) {
            return Optional.of(new Refusal(403, "Cross-site requests are refused"));
        }
        if (!PAGE_HEADER_VALUE.equals(pageHeader)) {
            return Optional.of(new Refusal(403, "Only the check page may call the desk's API"));
        }
        return Optional.empty();
    }
}
