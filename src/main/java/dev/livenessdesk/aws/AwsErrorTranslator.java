package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.session.LivenessRegions;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Turns any SDK exception into a {@link ServiceError}: what happened, in words a support person understands, and
 * what to do next, keeping the AWS code, request id, HTTP status and the service's own message for a ticket.
 *
 * <p>Covers what every service shares (credentials, SSO, access, throttling, 5xx, clock skew, network,
 * cancellation) plus the Face Liveness codes. An adapter with codes of its own (S3: NoSuchBucket, ...) maps those
 * first with {@link #fromAnswer} and falls back to {@link #translate}.
 *
 * <p>This class is the one door in: it tells a service's answer from a failure on this side of the wire and hands
 * each to its own reader ({@link ServiceAnswerErrors}, {@link ClientSideErrors}), and holds what both share (the
 * endpoint, whose credentials, the region message).
 */
public final class AwsErrorTranslator {

    private AwsErrorTranslator() {
    }

    /**
     * @param error      what the SDK threw (or anything wrapping it)
     * @param operation  the IAM action the call needed, e.g. "rekognition:CreateFaceLivenessSession"; its service
     *                   prefix also names the endpoint in network errors
     * @param connection the profile, region and endpoints of the call
     */
    public static ServiceError translate(Throwable error, String operation, ConnectionSettings connection) {
        if (error == null) {
            return ServiceError.of(ErrorKind.UNKNOWN, AwsErrorWords.get("unknown.client.message",
                    AwsErrorWords.get("no.detail")), AwsErrorWords.get("unknown.client.next"));
        }
        Optional<ServiceException> already = ErrorChain.find(error, ServiceException.class);
        if (already.isPresent()) {
            return already.get().error();
        }
        if (ClientSideErrors.isCancellation(error)) {
            return cancelled();
        }
        Optional<AwsServiceException> answer = ErrorChain.find(error, AwsServiceException.class)
                .filter(e -> e.awsErrorDetails() != null);
        if (answer.isPresent()) {
            return ServiceAnswerErrors.translate(answer.get(), operation, connection);
        }
        return ClientSideErrors.translate(error, operation, connection);
    }

    /** The same as {@link #translate}, wrapped for a port method to throw. */
    public static ServiceException exception(Throwable error, String operation, ConnectionSettings connection) {
        return new ServiceException(translate(error, operation, connection), error);
    }

    /** What a user sees when a call ended because they cancelled it (the worker thread was interrupted). */
    public static ServiceError cancelled() {
        return ServiceError.of(ErrorKind.CANCELLED, AwsErrorWords.get("cancelled.message"),
                AwsErrorWords.get("cancelled.next"));
    }

    /** A service's answer in the app's words, keeping its code, request id, HTTP status and own message. */
    public static ServiceError fromAnswer(ErrorKind kind, AwsServiceException answer, String message,
                                          String nextStep) {
        AwsErrorDetails details = answer.awsErrorDetails();
        return new ServiceError(kind, message, nextStep,
                nonBlank(details == null ? null : details.errorCode()),
                nonBlank(answer.requestId()),
                answer.statusCode(),
                serviceMessage(answer));
    }

    /** The AWS error code of the first service answer in the cause chain. */
    public static Optional<String> errorCode(Throwable error) {
        return ErrorChain.find(error, AwsServiceException.class)
                .map(AwsServiceException::awsErrorDetails)
                .flatMap(details -> nonBlank(details.errorCode()));
    }

    /** Whose credentials a message talks about: "profile work" or the environment. */
    public static String credentialSource(ConnectionSettings connection) {
        return connection.profile().map(name -> AwsErrorWords.get("profile.named", name))
                .orElseGet(() -> AwsErrorWords.get("profile.environment"));
    }

    /**
     * The endpoint a call went to, for "Could not reach ...": the one its request was really sent to (whatever
     * chose it), else, for a call that failed before sending, the override or the service's public one.
     */
    public static String endpointOf(String operation, ConnectionSettings connection) {
        String service = serviceOf(operation);
        Optional<String> sent = EndpointsUsed.of(service);
        if (sent.isPresent()) {
            return sent.get();
        }
        Optional<URI> override = switch (service) {
            case "rekognition" -> connection.rekognitionEndpoint();
            case "s3" -> connection.s3Endpoint();
            case "cloudtrail" -> connection.cloudTrailEndpoint();
            case "athena" -> connection.athenaEndpoint();
            default -> Optional.empty();
        };
        return override.map(URI::toString).orElseGet(() -> "iam".equals(service) ? "https://iam.amazonaws.com"
                : "https://" + service + "." + connection.region() + ".amazonaws.com");
    }

    /**
     * The kind of one failed attempt's answer, for a retry notice: only the codes the SDK retries on matter
     * there, so throttling and server errors are told apart and everything else is {@link ErrorKind#UNKNOWN}.
     */
    static ErrorKind attemptKind(String code, int httpStatus) {
        return ServiceAnswerErrors.attemptKind(code, httpStatus);
    }

    /** Whether the call ran out of time (a socket, attempt or whole-call timeout), as opposed to being refused. */
    static boolean isTimeout(Throwable error) {
        return ClientSideErrors.isTimeout(error);
    }

    static ServiceError regionNotSupported(String region, AwsServiceException answer) {
        String message = AwsErrorWords.get("region.message", region, String.join(", ", LivenessRegions.SUPPORTED));
        String next = AwsErrorWords.get("region.next");
        return answer == null ? ServiceError.of(ErrorKind.REGION_NOT_SUPPORTED, message, next)
                : fromAnswer(ErrorKind.REGION_NOT_SUPPORTED, answer, message, next);
    }

    static boolean isRekognition(String operation) {
        return "rekognition".equals(serviceOf(operation));
    }

    private static String serviceOf(String operation) {
        if (operation == null || operation.isBlank()) {
            return "aws";
        }
        int colon = operation.indexOf(':');
        return (colon < 0 ? operation : operation.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
    }

    static String profileOption(ConnectionSettings connection) {
        return connection.profile().map(name -> " --profile " + name).orElse("");
    }

    static Optional<String> serviceMessage(AwsServiceException answer) {
        AwsErrorDetails details = answer.awsErrorDetails();
        return nonBlank(details == null ? null : details.errorMessage());
    }

    static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
