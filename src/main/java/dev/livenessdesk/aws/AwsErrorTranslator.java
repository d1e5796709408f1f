package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.session.LivenessRegions;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkInterruptedException;

/**
 * Turns any SDK exception into a {@link ServiceError}: what happened, in words a support person understands, and
 * what to do next, keeping the AWS code, request id, HTTP status and the service's own message for a ticket.
 *
 * <p>Covers what every service shares (credentials, SSO, access, throttling, 5xx, clock skew, network,
 * cancellation) plus the Face Liveness codes. An adapter with codes of its own (S3: NoSuchBucket, ...) maps those
 * first with {@link #fromAnswer} and falls back to {@link #translate}.
 */
public final class AwsErrorTranslator {

    private static final Set<String> ACCESS_DENIED = Set.of("AccessDeniedException", "AccessDenied");
    private static final Set<String> THROTTLING = Set.of("ThrottlingException", "Throttling", "ThrottledException",
            "ProvisionedThroughputExceededException", "TooManyRequestsException", "RequestLimitExceeded",
            "RequestThrottled", "RequestThrottledException", "SlowDown");
    private static final Set<String> CLOCK_SKEW = Set.of("RequestTimeTooSkewed", "RequestExpired",
            "RequestInTheFuture");
    private static final Set<String> BAD_SIGNATURE = Set.of("InvalidSignatureException", "SignatureDoesNotMatch");
    private static final Set<String> REJECTED_CREDENTIALS = Set.of("ExpiredTokenException", "ExpiredToken",
            "UnrecognizedClientException", "InvalidClientTokenId", "InvalidAccessKeyId", "InvalidToken",
            "TokenRefreshRequired");
    private static final Set<String> INVALID_PARAMETER = Set.of("InvalidParameterException", "ValidationException",
            "InvalidParameterValue", "InvalidArgument");
    private static final Set<String> SERVER_ERROR = Set.of("InternalServerError", "InternalServerErrorException",
            "InternalFailure", "InternalError", "ServiceUnavailable", "ServiceUnavailableException");
    private static final Set<String> SESSION_NOT_FOUND = Set.of("SessionNotFoundException");
    // Rekognition answers these in a region without Face Liveness, which users misread as an IAM problem.
    private static final Set<String> REGION_SYMPTOMS = Set.of("AccessDeniedException", "AccessDenied",
            "UnrecognizedClientException");

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
        Optional<ServiceException> already = find(error, ServiceException.class);
        if (already.isPresent()) {
            return already.get().error();
        }
        if (isCancellation(error)) {
            return cancelled();
        }
        Optional<AwsServiceException> answer = find(error, AwsServiceException.class)
                .filter(e -> e.awsErrorDetails() != null);
        if (answer.isPresent()) {
            return fromServiceAnswer(answer.get(), operation, connection);
        }
        return fromClientSide(error, operation, connection);
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
        return find(error, AwsServiceException.class)
                .map(AwsServiceException::awsErrorDetails)
                .flatMap(details -> nonBlank(details.errorCode()));
    }

    /** Whose credentials a message talks about: "profile work" or the environment. */
    public static String credentialSource(ConnectionSettings connection) {
        return connection.profile().map(name -> AwsErrorWords.get("profile.named", name))
                .orElseGet(() -> AwsErrorWords.get("profile.environment"));
    }

    /** The endpoint a call went to, for "Could not reach ...": the override, or the service's public one. */
    public static String endpointOf(String operation, ConnectionSettings connection) {
        String service = serviceOf(operation);
        Optional<URI> override = switch (service) {
            case "rekognition" -> connection.rekognitionEndpoint();
            case "s3" -> connection.s3Endpoint();
            default -> Optional.empty();
        };
        return override.map(URI::toString)
                .orElseGet(() -> "https://" + service + "." + connection.region() + ".amazonaws.com");
    }

    /**
     * The kind of one failed attempt's answer, for a retry notice: only the codes the SDK retries on matter
     * there, so throttling and server errors are told apart and everything else is {@link ErrorKind#UNKNOWN}.
     */
    static ErrorKind attemptKind(String code, int httpStatus) {
        if (THROTTLING.contains(code) || httpStatus == 429) {
            return ErrorKind.THROTTLED;
        }
        if (SERVER_ERROR.contains(code) || httpStatus >= 500) {
            return ErrorKind.SERVICE_ERROR;
        }
        return ErrorKind.UNKNOWN;
    }

    private static ServiceError fromServiceAnswer(AwsServiceException answer, String operation,
                                                  ConnectionSettings connection) {
        String code = answer.awsErrorDetails().errorCode() == null ? "" : answer.awsErrorDetails().errorCode();
        String detail = serviceMessage(answer).orElse("");
        String region = connection.region();
        String who = credentialSource(connection);
        String profileOption = profileOption(connection);

        if (isSsoService(answer)) {
            return fromAnswer(ErrorKind.SSO_SIGN_IN_NEEDED, answer, AwsErrorWords.get("sso.message", who),
                    AwsErrorWords.get("sso.next", who, profileOption));
        }
        if (REGION_SYMPTOMS.contains(code) && isRekognition(operation) && !LivenessRegions.isSupported(region)) {
            return regionNotSupported(region, answer);
        }
        if (ACCESS_DENIED.contains(code)) {
            return fromAnswer(ErrorKind.ACCESS_DENIED, answer, AwsErrorWords.get("access.message", operation),
                    AwsErrorWords.get("access.next", operation, who, region));
        }
        if (THROTTLING.contains(code) || answer.statusCode() == 429) {
            return fromAnswer(ErrorKind.THROTTLED, answer,
                    AwsErrorWords.get("throttled.message", code.isEmpty() ? "HTTP 429" : code, retriesOf(answer)),
                    AwsErrorWords.get("throttled.next"));
        }
        if (CLOCK_SKEW.contains(code) || (BAD_SIGNATURE.contains(code) || code.isEmpty()) && mentionsTime(detail)) {
            return fromAnswer(ErrorKind.CLOCK_SKEW, answer, AwsErrorWords.get("clock.message"),
                    AwsErrorWords.get("clock.next"));
        }
        if (BAD_SIGNATURE.contains(code)) {
            return fromAnswer(ErrorKind.NO_CREDENTIALS, answer, AwsErrorWords.get("credentials.signature.message", who),
                    AwsErrorWords.get("credentials.signature.next", who, profileOption));
        }
        if (REJECTED_CREDENTIALS.contains(code)) {
            return fromAnswer(ErrorKind.NO_CREDENTIALS, answer, AwsErrorWords.get("credentials.rejected.message", who),
                    AwsErrorWords.get("credentials.rejected.next", who, profileOption));
        }
        if (INVALID_PARAMETER.contains(code)) {
            return fromAnswer(ErrorKind.INVALID_PARAMETER, answer,
                    AwsErrorWords.get("invalid.message", sentence(detail.isEmpty() ? code : detail)),
                    AwsErrorWords.get("invalid.next", region));
        }
        if (SESSION_NOT_FOUND.contains(code)) {
            return fromAnswer(ErrorKind.SESSION_NOT_FOUND, answer, AwsErrorWords.get("session.notfound.message", region),
                    AwsErrorWords.get("session.notfound.next"));
        }
        if (SERVER_ERROR.contains(code) || answer.statusCode() >= 500) {
            return fromAnswer(ErrorKind.SERVICE_ERROR, answer,
                    AwsErrorWords.get("service.message", code.isEmpty() ? "HTTP " + answer.statusCode() : code),
                    AwsErrorWords.get("service.next"));
        }
        // An error answer without a code says nothing usable: the service (or what answers for it) failed.
        return fromAnswer(code.isEmpty() ? ErrorKind.SERVICE_ERROR : ErrorKind.UNKNOWN, answer,
                AwsErrorWords.get("unknown.service.message", code.isEmpty() ? "HTTP " + answer.statusCode() : code,
                        sentence(detail.isEmpty() ? AwsErrorWords.get("no.detail") : detail)),
                AwsErrorWords.get("unknown.service.next"));
    }

    private static ServiceError fromClientSide(Throwable error, String operation, ConnectionSettings connection) {
        String who = credentialSource(connection);
        String messages = allMessages(error);
        String reason = rootMessage(error);
        if (isSsoProblem(error, messages)) {
            return clientSide(ErrorKind.SSO_SIGN_IN_NEEDED, AwsErrorWords.get("sso.message", who),
                    AwsErrorWords.get("sso.next", who, profileOption(connection)), reason);
        }
        if (isMissingCredentials(messages)) {
            return clientSide(ErrorKind.NO_CREDENTIALS, noCredentialsMessage(connection),
                    AwsErrorWords.get("credentials.none.next"), reason);
        }
        if (find(error, UnknownHostException.class).isPresent() && isRekognition(operation)
                && connection.rekognitionEndpoint().isEmpty() && !LivenessRegions.isSupported(connection.region())) {
            return regionNotSupported(connection.region(), null);
        }
        String endpoint = endpointOf(operation, connection);
        if (isTimeout(error)) {
            return clientSide(ErrorKind.NETWORK, AwsErrorWords.get("network.timeout.message", endpoint),
                    AwsErrorWords.get("network.next"), reason);
        }
        if (isUnreachable(error)) {
            return clientSide(ErrorKind.NETWORK, AwsErrorWords.get("network.message", endpoint),
                    AwsErrorWords.get("network.next"), reason);
        }
        return clientSide(ErrorKind.UNKNOWN, AwsErrorWords.get("unknown.client.message", reason),
                AwsErrorWords.get("unknown.client.next"), reason);
    }

    private static String noCredentialsMessage(ConnectionSettings connection) {
        return connection.profile().map(name -> AwsErrorWords.get("credentials.none.profile", name))
                .orElseGet(() -> AwsErrorWords.get("credentials.none.environment"));
    }

    private static ServiceError regionNotSupported(String region, AwsServiceException answer) {
        String message = AwsErrorWords.get("region.message", region, String.join(", ", LivenessRegions.SUPPORTED));
        String next = AwsErrorWords.get("region.next");
        return answer == null ? ServiceError.of(ErrorKind.REGION_NOT_SUPPORTED, message, next)
                : fromAnswer(ErrorKind.REGION_NOT_SUPPORTED, answer, message, next);
    }

    private static ServiceError clientSide(ErrorKind kind, String message, String nextStep, String reason) {
        return new ServiceError(kind, message, nextStep, Optional.empty(), Optional.empty(), 0, nonBlank(reason));
    }

    private static boolean isCancellation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AbortedException || t instanceof SdkInterruptedException
                    || t instanceof InterruptedException || t instanceof CancellationException
                    || t instanceof InterruptedIOException && !(t instanceof SocketTimeoutException)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTimeout(Throwable error) {
        return find(error, SocketTimeoutException.class).isPresent()
                || find(error, ApiCallTimeoutException.class).isPresent()
                || find(error, ApiCallAttemptTimeoutException.class).isPresent()
                || find(error, java.net.http.HttpTimeoutException.class).isPresent();
    }

    private static boolean isUnreachable(Throwable error) {
        return find(error, ConnectException.class).isPresent()
                || find(error, UnknownHostException.class).isPresent()
                || find(error, NoRouteToHostException.class).isPresent()
                || find(error, java.net.SocketException.class).isPresent()
                || find(error, javax.net.ssl.SSLException.class).isPresent();
    }

    private static boolean isSsoService(AwsServiceException answer) {
        String serviceName = answer.awsErrorDetails().serviceName();
        return answer.getClass().getName().startsWith("software.amazon.awssdk.services.sso")
                || serviceName != null && serviceName.toLowerCase(Locale.ROOT).startsWith("sso");
    }

    private static boolean isSsoProblem(Throwable error, String messages) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("software.amazon.awssdk.services.sso")) {
                return true;
            }
        }
        String lower = messages.toLowerCase(Locale.ROOT);
        return lower.contains("sso session") || lower.contains("sso login") || lower.contains("sso token")
                || lower.contains("token is expired");
    }

    private static boolean isMissingCredentials(String messages) {
        String lower = messages.toLowerCase(Locale.ROOT);
        return lower.contains("unable to load credentials") || lower.contains("contained no credentials")
                || lower.contains("has no credentials configured") || lower.contains("access key must be specified")
                || lower.contains("secret key must be specified") || lower.contains("no credentials");
    }

    private static boolean mentionsTime(String detail) {
        String lower = detail.toLowerCase(Locale.ROOT);
        return lower.contains("signature expired") || lower.contains("signature not yet current")
                || lower.contains("skew") || lower.contains("request has expired");
    }

    private static boolean isRekognition(String operation) {
        return "rekognition".equals(serviceOf(operation));
    }

    private static String serviceOf(String operation) {
        if (operation == null || operation.isBlank()) {
            return "aws";
        }
        int colon = operation.indexOf(':');
        return (colon < 0 ? operation : operation.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String profileOption(ConnectionSettings connection) {
        return connection.profile().map(name -> " --profile " + name).orElse("");
    }

    // The SDK counts every attempt; the user hears how many retries came after the first.
    private static int retriesOf(SdkException error) {
        Integer attempts = error.numAttempts();
        return attempts == null ? 0 : Math.max(0, attempts - 1);
    }

    private static Optional<String> serviceMessage(AwsServiceException answer) {
        AwsErrorDetails details = answer.awsErrorDetails();
        return nonBlank(details == null ? null : details.errorMessage());
    }

    private static String allMessages(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
            for (Throwable suppressed : t.getSuppressed()) {
                text.append(suppressed.getMessage()).append('\n');
            }
        }
        return text.toString();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? error.getMessage()
                : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** The service's own words end a sentence, so the next step that follows reads as its own sentence. */
    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() || ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0 ? trimmed : trimmed + ".";
    }
}
