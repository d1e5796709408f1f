package dev.livenessdesk.core.connection;

import dev.livenessdesk.core.Messages;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an endpoint override (VPC interface endpoint, LocalStack, a test stand-in): an absolute http(s) URL with a
 * host and no query or fragment. Plain http sends signed requests readable on the way, so it is allowed without
 * asking only to this computer (localhost, 127.0.0.0/8, ::1).
 */
public final class EndpointValidator {

    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

    private EndpointValidator() {
    }

    /** @param userConfirmedPlainHttp the user already agreed to plain http to a host that is not this computer */
    public static EndpointCheck check(String text, boolean userConfirmedPlainHttp) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return EndpointCheck.ok(Optional.empty());
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return EndpointCheck.error(Messages.get("endpoint.malformed", trimmed));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            return EndpointCheck.error(Messages.get("endpoint.scheme", trimmed));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return EndpointCheck.error(Messages.get("endpoint.host", trimmed));
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return EndpointCheck.error(Messages.get("endpoint.query"));
        }
        if (uri.getRawUserInfo() != null) {
            return EndpointCheck.error(Messages.get("endpoint.userinfo"));
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost()) && !userConfirmedPlainHttp) {
            return EndpointCheck.needsConfirmation(uri, Messages.get("endpoint.plainhttp", uri.getHost()));
        }
        return EndpointCheck.ok(Optional.of(uri));
    }

    /** Loopback by its written form only: resolving a name here would block and could be spoofed. */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (IPV4.matcher(name).matches()) {
            return name.startsWith("127.") && java.util.Arrays.stream(name.split("\\."))
                    .allMatch(octet -> Integer.parseInt(octet) <= 255);
        }
        if (name.contains(":")) {
            try {
                // A literal with ':' is parsed as IPv6 and never looked up in DNS.
                return InetAddress.getByName(name).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
