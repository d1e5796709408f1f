package dev.livenessdesk.aws;

import dev.livenessdesk.core.activity.TimeRange;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.failure.ServiceException;
import java.io.UncheckedIOException;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;

/**
 * One LookupEvents page on a connection's CloudTrail client, bounded like every call of the desk and with every
 * failure in words ({@link CallFailures}); an AccessDenied names {@code cloudtrail:LookupEvents}.
 */
final class CloudTrailLookups {

    private static final int SDK_DEFAULT_MAX_ATTEMPTS = 4;

    private final AwsClients clients;
    private final ConnectionSettings connection;

    CloudTrailLookups(AwsClients clients, ConnectionSettings connection) {
        this.clients = clients;
        this.connection = connection;
    }

    LookupEventsResponse page(String eventName, TimeRange range, Optional<String> token, int size)
            throws ServiceException {
        CallTrace trace = new CallTrace();
        CloudTrailClient client;
        try {
            client = clients.cloudTrail(connection);
        } catch (SdkException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new ServiceException(CallFailures.explain(e, CloudTrailActivity.LOOKUP_ACTION, connection,
                    clients.options(), trace), e);
        }
        LookupEventsRequest.Builder request = LookupEventsRequest.builder()
                .lookupAttributes(LookupAttribute.builder().attributeKey(LookupAttributeKey.EVENT_NAME)
                        .attributeValue(eventName).build())
                .startTime(range.from())
                .endTime(range.to())
                .maxResults(size)
                .overrideConfiguration(AttemptReporter.reportingTo(AttemptListener.NONE, maxAttempts(client), trace));
        token.ifPresent(request::nextToken);
        LookupEventsRequest built = request.build();
        AwsClientOptions options = clients.options();
        try {
            return CallDeadline.run(() -> client.lookupEvents(built), options.apiCallTimeout());
        } catch (CallDeadline.Cancelled e) {
            throw new ServiceException(AwsErrorTranslator.cancelled(), e);
        } catch (CallDeadline.Expired e) {
            throw new ServiceException(CallFailures.pastTheBound(CloudTrailActivity.LOOKUP_ACTION, connection,
                    options, trace), e);
        } catch (SdkException | UncheckedIOException | IllegalStateException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ServiceException(AwsErrorTranslator.cancelled(), e);
            }
            throw new ServiceException(CallFailures.explain(e, CloudTrailActivity.LOOKUP_ACTION, connection,
                    options, trace), e);
        }
    }

    private static int maxAttempts(CloudTrailClient client) {
        return client.serviceClientConfiguration().overrideConfiguration().retryStrategy()
                .map(RetryStrategy::maxAttempts).orElse(SDK_DEFAULT_MAX_ATTEMPTS);
    }
}
