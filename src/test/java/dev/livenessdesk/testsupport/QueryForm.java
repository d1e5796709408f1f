package dev.livenessdesk.testsupport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of an AWS query-protocol call (IAM, STS: {@code Action=GetRole&RoleName=...}), form-decoded as the SDK
 * encodes it, for the stand-ins that speak that protocol.
 */
final class QueryForm {

    private QueryForm() {
    }

    /** The fields in the order sent; a field without '=' has an empty value. */
    static Map<String, String> parse(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            form.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return form;
    }
}
