package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.Locale;
import java.util.Optional;

/**
 * The words for an answer that came back but cannot be trusted: not JSON, a proxy's web page, or JSON that breaks
 * the service model. Whoever answers at the endpoint (AWS, an emulator, a proxy) is named with the request id, so
 * a support person knows the network worked and where to look. Code SERVICE_ERROR.
 */
final class UnreadableAnswers {

    private UnreadableAnswers() {
    }

    /** An answer whose content breaks the model; {@code why} says what is wrong in words. */
    static ServiceException breaksTheModel(String why, String operation, ConnectionSettings connection,
                                           Optional<String> requestId, int httpStatus) {
        return new ServiceException(error(why, operation, connection, requestId, httpStatus));
    }

    static ServiceError error(String why, String operation, ConnectionSettings connection,
                              Optional<String> requestId, int httpStatus) {
        return new ServiceError(ErrorKind.SERVICE_ERROR,
                AwsErrorWords.get("answer.unreadable.message", AwsErrorTranslator.endpointOf(operation, connection),
                        why),
                AwsErrorWords.get("answer.unreadable.next"), Optional.empty(), requestId, httpStatus,
                Optional.of(why));
    }

    /**
     * The SDK could not parse the body: its parser (Jackson, shaded or not) is in the cause chain, and no socket
     * failure under it, which would be a connection that broke, not a body that is wrong.
     */
    static boolean isUnparsableBody(Throwable error) {
        boolean parser = false;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().contains(".jackson.")) {
                parser = true;
            } else if (t instanceof java.io.IOException) {
                return false;
            }
        }
        return parser;
    }

    /** A proxy, gateway or captive portal answered with a web page instead of an AWS error. */
    static boolean isWebPage(Optional<String> contentType) {
        return contentType.map(type -> type.toLowerCase(Locale.ROOT))
                .filter(type -> type.startsWith("text/html") || type.startsWith("text/plain")).isPresent();
    }

    static String webPageReason(int httpStatus) {
        return AwsErrorWords.get("answer.reason.webPage", httpStatus);
    }

    static String notJsonReason() {
        return AwsErrorWords.get("answer.reason.json");
    }
}
