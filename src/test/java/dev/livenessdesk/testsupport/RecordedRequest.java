package dev.livenessdesk.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request {@link RekognitionStandIn} received, as it came over the wire.
 *
 * @param target  the X-Amz-Target header, e.g. "RekognitionService.CreateFaceLivenessSession"
 * @param headers every header, names in lower case
 * @param body    the body parsed as JSON (a MissingNode when it was empty or not JSON)
 */
public record RecordedRequest(String method, String path, String target, Map<String, List<String>> headers,
                              String rawBody, JsonNode body) {

    /** The operation part of the target, e.g. "CreateFaceLivenessSession". */
    public String operation() {
        return target == null ? "" : target.substring(target.indexOf('.') + 1);
    }

    /** The first value of a header; the name is case-insensitive. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
