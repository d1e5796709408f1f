package dev.livenessdesk.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.utils.IoUtils;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * A profile's credentials provider that notes, for the calling thread, whether getting the credentials finished.
 * A sync call gets its credentials on the calling thread before it sends anything; when the call then fails, this
 * tells "the credentials could not be had" (a credential_process that hangs until the call's time runs out, a
 * source_profile chain that loops, a role that cannot be assumed) from a failure at the endpoint, so the message
 * blames the profile, not an endpoint that was never reached.
 */
final class TrackedCredentials implements AwsCredentialsProvider, SdkAutoCloseable {

    private enum Stage { GETTING, FAILED }

    private static final ThreadLocal<Stage> STAGE = new ThreadLocal<>();

    private final AwsCredentialsProvider delegate;

    TrackedCredentials(AwsCredentialsProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        STAGE.set(Stage.GETTING);
        try {
            AwsCredentials credentials = delegate.resolveCredentials();
            STAGE.remove();
            return credentials;
        } catch (RuntimeException failed) {
            STAGE.set(Stage.FAILED);
            throw failed;
        }
    }

    /** Whether the latest credentials asked for on this thread were not had (failed, or never finished). */
    static boolean failedOnThisThread() {
        return STAGE.get() != null;
    }

    /** Forgets this thread's note: a request was sent, so its credentials were had. */
    static void clear() {
        STAGE.remove();
    }

    @Override
    public void close() {
        if (delegate instanceof SdkAutoCloseable closeable) {
            IoUtils.closeQuietly(closeable, null);
        }
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
