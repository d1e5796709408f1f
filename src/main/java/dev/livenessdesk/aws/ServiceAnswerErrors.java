package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.session.LivenessRegions;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Translates an error the service answered (an AWS error code, an HTTP status, the service's own message) into
 * the app's words. Kept apart from {@link ClientSideErrors} because an answer is read by its code, while a failure
 * on this side of the wire (no credentials, no network) is read from the exception chain.
 */
final class ServiceAnswerErrors {

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

    private ServiceAnswerErrors() {
    }

    /** @see AwsErrorTranslator#attemptKind */
    static ErrorKind attemptKind(String code, int httpStatus) {
        if (THROTTLING.contains(code) || httpStatus == 429) {
            return ErrorKind.THROTTLED;
        }
        if (SERVER_ERROR.contains(code) || httpStatus >= 500) {
            return ErrorKind.SERVICE_ERROR;
        }
        return ErrorKind.UNKNOWN;
    }

    /** @param answer a service answer that carries {@code awsErrorDetails()} */
    static ServiceError translate(AwsServiceException answer, String operation, ConnectionSettings connection) {
        String code = answer.awsErrorDetails().errorCode() == null ? "" : answer.awsErrorDetails().errorCode();
        String detail = AwsErrorTranslator.serviceMessage(answer).orElse("");
        String region = connection.region();
        String who = AwsErrorTranslator.credentialSource(connection);
        String profileOption = AwsErrorTranslator.profileOption(connection);

        if (isSsoService(answer)) {
            return fromAnswer(ErrorKind.SSO_SIGN_IN_NEEDED, answer, AwsErrorWords.get("sso.message", who),
                    AwsErrorWords.get("sso.next", who, profileOption));
        }
        if (REGION_SYMPTOMS.contains(code) && AwsErrorTranslator.isRekognition(operation)
                && !LivenessRegions.isSupported(region)) {
            return AwsErrorTranslator.regionNotSupported(region, answer);
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

    private static ServiceError fromAnswer(ErrorKind kind, AwsServiceException answer, String message,
                                           String nextStep) {
        return AwsErrorTranslator.fromAnswer(kind, answer, message, nextStep);
    }

    private static boolean isSsoService(AwsServiceException answer) {
        String serviceName = answer.awsErrorDetails().serviceName();
        return answer.getClass().getName().startsWith("software.amazon.awssdk.services.sso")
                || serviceName != null && serviceName.toLowerCase(Locale.ROOT).startsWith("sso");
    }

    private static boolean mentionsTime(String detail) {
        String lower = detail.toLowerCase(Locale.ROOT);
        return lower.contains("signature expired") || lower.contains("signature not yet current")
                || lower.contains("skew") || lower.contains("request has expired");
    }

    // The SDK counts every attempt; the user hears how many retries came after the first.
    private static int retriesOf(SdkException error) {
        Integer attempts = error.numAttempts();
        return attempts == null ? 0 : Math.max(0, attempts - 1);
    }

    /** The service's own words end a sentence, so the next step that follows reads as its own sentence. */
    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() || ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0 ? trimmed : trimmed + ".";
    }
}
