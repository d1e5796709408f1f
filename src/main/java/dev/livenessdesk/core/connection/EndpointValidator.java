package dev.livenessdesk.core.connection;

import dev.livenessdesk.core.Messages;
import dev.livenessdesk.core.VisibleText;

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
        String shown = shown(trimmed);
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return EndpointCheck.error(Messages.get("endpoint.malformed", shown));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            return EndpointCheck.error(Messages.get("endpoint.scheme", shown));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return EndpointCheck.error(Messages.get("endpoint.host", shown));
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

    /**
     * An endpoint as a message may quote it: whatever precedes the last '@' after the scheme (a user name and
     * password, well-formed or not) is replaced by {@code ***}, and control characters are shown. Every message
     * that echoes an endpoint someone typed or set goes through here, so no password reaches a screen or a log.
     */
    public static String shown(String text) {
        if (text == null) {
            return "";
        }
        int schemeEnd = text.indexOf("://");
        int start = schemeEnd < 0 ? 0 : schemeEnd + 3;
        int at = text.lastIndexOf('@');
        String hidden = at < start ? text : text.substring(0, start) + "***" + text.substring(at);
        return VisibleText.of(hidden);
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
