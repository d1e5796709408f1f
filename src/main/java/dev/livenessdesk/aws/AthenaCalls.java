package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.failure.ServiceException;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * One Athena call on a connection's client, bounded like every call of the desk and with every failure in words
 * ({@link CallFailures}); an AccessDenied names the action that was refused ({@code athena:StartQueryExecution}, ...).
 */
final class AthenaCalls {

    static final String GET_TABLE = "athena:GetTableMetadata";
    static final String START = "athena:StartQueryExecution";
    static final String STATUS = "athena:GetQueryExecution";
    static final String RESULTS = "athena:GetQueryResults";
    static final String STOP = "athena:StopQueryExecution";

    private static final int SDK_DEFAULT_MAX_ATTEMPTS = 4;

    private final AwsClients clients;
    private final ConnectionSettings connection;

    AthenaCalls(AwsClients clients, ConnectionSettings connection) {
        this.clients = clients;
        this.connection = connection;
    }

    /**
     * @param call the call, given the client and the override that reports its attempts (put on the request)
     */
    <T> T call(String action, BiFunction<AthenaClient, Consumer<AwsRequestOverrideConfiguration.Builder>, T> call)
            throws ServiceException {
        CallTrace trace = new CallTrace();
        AwsClientOptions options = clients.options();
        AthenaClient client;
        try {
            client = clients.athena(connection);
        } catch (SdkException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new ServiceException(CallFailures.explain(e, action, connection, options, trace), e);
        }
        Consumer<AwsRequestOverrideConfiguration.Builder> reporting =
                AttemptReporter.reportingTo(AttemptListener.NONE, maxAttempts(client), trace);
        try {
            return CallDeadline.run(() -> call.apply(client, reporting), options.apiCallTimeout());
        } catch (CallDeadline.Cancelled e) {
            throw new ServiceException(AwsErrorTranslator.cancelled(), e);
        } catch (CallDeadline.Expired e) {
            throw new ServiceException(CallFailures.pastTheBound(action, connection, options, trace), e);
        } catch (SdkException | UncheckedIOException | IllegalStateException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ServiceException(AwsErrorTranslator.cancelled(), e);
            }
            throw new ServiceException(CallFailures.explain(e, action, connection, options, trace), e);
        }
    }

    private static int maxAttempts(AthenaClient client) {
        return client.serviceClientConfiguration().overrideConfiguration().retryStrategy()
                .map(RetryStrategy::maxAttempts).orElse(SDK_DEFAULT_MAX_ATTEMPTS);
    }
}
