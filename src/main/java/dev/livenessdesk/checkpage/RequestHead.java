package dev.livenessdesk.checkpage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP/1.1 request line and its header fields, parsed strictly: one space between the three parts of the
 * request line, {@code name: value} fields, no folded lines. Every value of a repeated field is kept, so a rule can
 * refuse a request that says two things at once (two Host fields).
 */
record RequestHead(String method, String target, Map<String, List<String>> fields) {

    /** The end of a head: an empty line. */
    static final byte[] END = {'\r', '\n', '\r', '\n'};

    /** Where the head in these bytes ends (just after its empty line), or -1 while it is not complete. */
    static int end(byte[] bytes, int length) {
        for (int i = 3; i < length; i++) {
            if (bytes[i - 3] == '\r' && bytes[i - 2] == '\n' && bytes[i - 1] == '\r' && bytes[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The head in these bytes (up to and including its empty line); empty when it breaks HTTP/1.1's grammar. */
    static Optional<RequestHead> parse(byte[] bytes, int length) {
        String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n", -1);
        String[] requestLine = lines[0].split(" ", -1);
        if (requestLine.length != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty()
                || !requestLine[2].matches("HTTP/1\\.[01]") || !requestLine[0].matches("[A-Z]{1,16}")) {
            return Optional.empty();
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t'
                    || !line.substring(0, colon).matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                return Optional.empty();
            }
            fields.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        return Optional.of(new RequestHead(requestLine[0], requestLine[1], fields));
    }

    /** Every value of a field, in the order sent; empty when it was not sent. */
    List<String> all(String name) {
        return fields.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The field's value when it was sent once; null when it was not sent (or sent more than once). */
    String single(String name) {
        List<String> values = all(name);
        return values.size() == 1 ? values.get(0) : null;
    }
}
