package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * A failed call explained with what its {@link CallTrace} saw on the wire, on top of {@link AwsErrorTranslator}: a
 * proxy's web page or a body that is not JSON is an untrustworthy answer (SERVICE_ERROR, naming the endpoint and
 * request id), a reset after the answer began is a broken answer rather than "could not reach", and a timeout
 * says the bound that ran out.
 */
final class CallFailures {

    private CallFailures() {
    }

    static ServiceError explain(Throwable error, String operation, ConnectionSettings connection,
                                AwsClientOptions options, CallTrace trace) {
        Optional<AwsServiceException> answer = answerIn(error);
        if (answer.isPresent() && isWebPage(answer.get(), trace)) {
            int status = answer.get().statusCode();
            return UnreadableAnswers.error(UnreadableAnswers.webPageReason(status), operation, connection,
                    Optional.ofNullable(answer.get().requestId()).filter(id -> !id.isBlank()).or(trace::requestId),
                    status);
        }
        if (answer.isEmpty() && trace.answerStarted() && UnreadableAnswers.isUnparsableBody(error)
                && !AwsErrorTranslator.isTimeout(error)) {
            return UnreadableAnswers.error(UnreadableAnswers.notJsonReason(), operation, connection,
                    trace.requestId(), trace.httpStatus());
        }
        ServiceError translated = AwsErrorTranslator.translate(error, operation, connection);
        if (answer.isEmpty() && trace.attempts() == 0 && (translated.kind() == ErrorKind.NETWORK
                || translated.kind() == ErrorKind.UNKNOWN) && ProfileFileProblems.find().isEmpty()) {
            // No request went out (the trace counts each one): the credentials were never had.
            return ClientSideErrors.credentialsNotHad(connection, AwsErrorTranslator.isTimeout(error),
                    ErrorChain.rootMessage(error));
        }
        boolean filesInUse = options.credentialsOverride().isEmpty();
        if (filesInUse && (translated.kind() == ErrorKind.UNKNOWN || translated.kind() == ErrorKind.NO_CREDENTIALS)) {
            // A typo in ~/.aws/credentials surfaces as a parser message about "line 3" of no file in particular.
            Optional<ServiceError> brokenFile = ProfileFileProblems.find();
            if (brokenFile.isPresent()) {
                return brokenFile.get();
            }
        }
        if (translated.kind() != ErrorKind.NETWORK) {
            return translated;
        }
        if (AwsErrorTranslator.isTimeout(error)) {
            return pastTheBound(operation, connection, options, trace);
        }
        if (trace.answerStarted()) {
            return new ServiceError(ErrorKind.NETWORK,
                    AwsErrorWords.get("network.dropped.message", AwsErrorTranslator.endpointOf(operation, connection)),
                    AwsErrorWords.get("network.dropped.next"), Optional.empty(), trace.requestId(), 0,
                    translated.detail());
        }
        return translated;
    }

    /** The call used its whole bound: the endpoint, the bound and the attempts it made. */
    static ServiceError pastTheBound(String operation, ConnectionSettings connection, AwsClientOptions options,
                                     CallTrace trace) {
        if (trace.attempts() == 0) {
            return ClientSideErrors.credentialsNotHad(connection, true, "");
        }
        String attempts = AwsErrorWords.get("network.bound.attempts", Math.max(1, trace.attempts()),
                seconds(options.apiCallAttemptTimeout()));
        return new ServiceError(ErrorKind.NETWORK,
                AwsErrorWords.get("network.bound.message", AwsErrorTranslator.endpointOf(operation, connection),
                        seconds(options.apiCallTimeout()), attempts),
                AwsErrorWords.get("network.next"), Optional.empty(), trace.requestId(), 0, Optional.empty());
    }

    /** "30", or "0.6" for the short bounds of a test or an impatient setting. */
    private static String seconds(java.time.Duration bound) {
        long millis = bound.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000)
                : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }

    private static boolean isWebPage(AwsServiceException answer, CallTrace trace) {
        SdkHttpResponse http = answer.awsErrorDetails() == null ? null : answer.awsErrorDetails().sdkHttpResponse();
        boolean awsError = http != null && http.firstMatchingHeader("x-amzn-ErrorType").isPresent();
        Optional<String> type = http == null ? trace.contentType() : http.firstMatchingHeader("Content-Type");
        return !awsError && UnreadableAnswers.isWebPage(type);
    }

    private static Optional<AwsServiceException> answerIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AwsServiceException service && service.awsErrorDetails() != null) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }
}
