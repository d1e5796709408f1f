package dev.livenessdesk.aws;

import java.util.Optional;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * What came back on the wire during one call's latest attempt, as {@link AttemptReporter} saw it: whether an answer
 * had begun to arrive, its HTTP status, content type and request id. When a call fails on the client side (a reset,
 * a body that is not JSON) this is how the words can still say that the endpoint was reached, and give the request
 * id for a ticket.
 */
public final class CallTrace {

    private int attempts;
    private boolean answerStarted;
    private int httpStatus;
    private String contentType;
    private String requestId;

    synchronized void attemptStarting() {
        attempts++;
        answerStarted = false;
        httpStatus = 0;
        contentType = null;
        requestId = null;
    }

    synchronized void answerArrived(SdkHttpResponse response) {
        answerStarted = true;
        httpStatus = response.statusCode();
        contentType = response.firstMatchingHeader("Content-Type").orElse(null);
        requestId = response.firstMatchingHeader("x-amzn-RequestId")
                .or(() -> response.firstMatchingHeader("x-amz-request-id")).orElse(null);
    }

    /** How many attempts started so far. */
    public synchronized int attempts() {
        return attempts;
    }

    /** The latest attempt got at least a status line and headers back. */
    public synchronized boolean answerStarted() {
        return answerStarted;
    }

    public synchronized int httpStatus() {
        return httpStatus;
    }

    public synchronized Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    public synchronized Optional<String> requestId() {
        return Optional.ofNullable(requestId).filter(id -> !id.isBlank());
    }
}
