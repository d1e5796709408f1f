package dev.livenessdesk.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.FailedAttempt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Makes the SDK's own retries visible: before each HTTP attempt of a call it tells that call's
 * {@link AttemptListener} the attempt number and why the previous attempt failed. Registered on every client by
 * {@link AwsClients}; a call opts in with {@link #reportingTo}, which travels as an execution attribute, so calls on
 * other threads never hear each other.
 */
public final class AttemptReporter implements ExecutionInterceptor {

    /** The previous attempt got no answer (refused, reset, timed out). */
    public static final FailedAttempt NO_ANSWER = new FailedAttempt(ErrorKind.NETWORK, "NETWORK_ERROR");

    private static final Logger LOG = LoggerFactory.getLogger(AttemptReporter.class);
    private static final ExecutionAttribute<Tracker> TRACKER = new ExecutionAttribute<>("LivenessDesk.AttemptTracker");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]+)</Code>");

    /** A request override that reports each attempt of one call to the listener. */
    public static Consumer<AwsRequestOverrideConfiguration.Builder> reportingTo(AttemptListener listener,
                                                                                int maxAttempts) {
        return reportingTo(listener, maxAttempts, new CallTrace());
    }

    /** The same, also noting in the trace what came back on the wire for the latest attempt. */
    public static Consumer<AwsRequestOverrideConfiguration.Builder> reportingTo(AttemptListener listener,
                                                                                int maxAttempts, CallTrace trace) {
        Tracker tracker = new Tracker(listener, maxAttempts, trace);
        return override -> override.putExecutionAttribute(TRACKER, tracker);
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        Tracker tracker = attributes.getAttribute(TRACKER);
        if (tracker != null) {
            tracker.trace.answerArrived(context.httpResponse());
        }
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Tracker tracker = attributes.getAttribute(TRACKER);
        if (tracker != null) {
            tracker.attemptStarting();
        }
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        Tracker tracker = attributes.getAttribute(TRACKER);
        SdkHttpResponse response = context.httpResponse();
        if (tracker == null || response.isSuccessful()) {
            if (tracker != null) {
                tracker.answered(null);
            }
            return context.responseBody();
        }
        // Error bodies are small; read one to learn its code and hand the SDK an identical copy.
        byte[] body = context.responseBody().map(AttemptReporter::readAll).orElse(new byte[0]);
        String code = failureCode(response, body);
        tracker.answered(new FailedAttempt(AwsErrorTranslator.attemptKind(code, response.statusCode()), code));
        return Optional.of(new ByteArrayInputStream(body));
    }

    /** The AWS code of an error answer: x-amzn-ErrorType, else the JSON __type/code, else the XML Code. */
    static String failureCode(SdkHttpResponse response, byte[] body) {
        Optional<String> header = response.firstMatchingHeader("x-amzn-ErrorType")
                .map(value -> value.split(":", 2)[0].trim()).filter(value -> !value.isEmpty());
        if (header.isPresent()) {
            return header.get();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode tree = JSON.readTree(text);
            for (String field : new String[] {"__type", "code", "Code"}) {
                if (tree != null && tree.hasNonNull(field)) {
                    String code = tree.get(field).asText();
                    return code.substring(code.lastIndexOf('#') + 1);
                }
            }
        } catch (IOException notJson) {
            Matcher xml = XML_CODE.matcher(text);
            if (xml.find()) {
                return xml.group(1);
            }
        }
        return "HTTP " + response.statusCode();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            LOG.debug("Could not read an error answer; the SDK reports it by its HTTP status", e);
            return new byte[0];
        }
    }

    /** One call's attempts; the sync client runs them one after another, the lock only guards visibility. */
    private static final class Tracker {
        private final AttemptListener listener;
        private final int maxAttempts;
        private final CallTrace trace;
        private int attempts;
        private FailedAttempt previousFailure;

        Tracker(AttemptListener listener, int maxAttempts, CallTrace trace) {
            this.listener = listener;
            this.trace = trace;
            this.maxAttempts = Math.max(1, maxAttempts);
        }

        synchronized void attemptStarting() {
            attempts++;
            trace.attemptStarting();
            FailedAttempt failure = attempts == 1 ? null : previousFailure;
            // Until an answer says otherwise, an attempt that ends without one failed on the network.
            previousFailure = NO_ANSWER;
            try {
                listener.attemptStarted(attempts, Math.max(maxAttempts, attempts), failure);
            } catch (RuntimeException e) {
                LOG.debug("An attempt listener failed; the call goes on", e);
            }
        }

        synchronized void answered(FailedAttempt failure) {
            previousFailure = failure;
        }
    }
}
