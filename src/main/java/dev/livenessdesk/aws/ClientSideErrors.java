package dev.livenessdesk.aws;

import static dev.livenessdesk.aws.ErrorChain.find;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.files.UserHome;
import dev.livenessdesk.core.session.LivenessRegions;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkInterruptedException;

/**
 * Translates a failure on this side of the wire, where no service answered: missing credentials, an SSO sign-in
 * that ran out, a host that does not resolve or answer, a timeout, a cancelled call. Kept apart from
 * {@link ServiceAnswerErrors} because there is no error code to read: the exception chain and its messages are
 * all there is.
 */
final class ClientSideErrors {

    private ClientSideErrors() {
    }

    static ServiceError translate(Throwable error, String operation, ConnectionSettings connection) {
        String who = AwsErrorTranslator.credentialSource(connection);
        String messages = ErrorChain.allMessages(error);
        String reason = ErrorChain.rootMessage(error);
        if (isSsoProblem(error, messages)) {
            return clientSide(ErrorKind.SSO_SIGN_IN_NEEDED, AwsErrorWords.get("sso.message", who),
                    AwsErrorWords.get("sso.next", who, AwsErrorTranslator.profileOption(connection)), reason);
        }
        if (isMissingCredentials(messages)) {
            return clientSide(ErrorKind.NO_CREDENTIALS, noCredentialsMessage(connection),
                    AwsErrorWords.get("credentials.none.next"), reason);
        }
        if (find(error, UnknownHostException.class).isPresent() && AwsErrorTranslator.isRekognition(operation)
                && connection.rekognitionEndpoint().isEmpty() && !LivenessRegions.isSupported(connection.region())) {
            return AwsErrorTranslator.regionNotSupported(connection.region(), null);
        }
        if (TrackedCredentials.failedOnThisThread()) {
            return credentialsNotHad(connection, isTimeout(error), reason);
        }
        String endpoint = AwsErrorTranslator.endpointOf(operation, connection);
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

    /**
     * Nothing was sent: the time ran out, or the profile's chain broke, while the credentials were being obtained
     * (a credential_process that does not finish, a source_profile loop, a role that cannot be assumed). The
     * endpoint is not to blame and trying again will not help: the profile is named, with the cause.
     */
    static ServiceError credentialsNotHad(ConnectionSettings connection, boolean timedOut, String reason) {
        String who = AwsErrorTranslator.credentialSource(connection);
        String cause = timedOut ? AwsErrorWords.get("credentials.stuck.timeout") : VisibleText.of(reason);
        return clientSide(ErrorKind.CREDENTIALS_FILE, AwsErrorWords.get("credentials.stuck.message", who, cause),
                AwsErrorWords.get("credentials.stuck.next", who, UserHome.awsConfigShown()), reason);
    }

    /** Whether the call ended because the user cancelled it (its worker thread was interrupted). */
    static boolean isCancellation(Throwable error) {
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

    private static String noCredentialsMessage(ConnectionSettings connection) {
        return connection.profile().map(name -> AwsErrorWords.get("credentials.none.profile", name))
                .orElseGet(() -> AwsErrorWords.get("credentials.none.environment"));
    }

    private static ServiceError clientSide(ErrorKind kind, String message, String nextStep, String reason) {
        return new ServiceError(kind, message, nextStep, Optional.empty(), Optional.empty(), 0,
                AwsErrorTranslator.nonBlank(reason));
    }
}
