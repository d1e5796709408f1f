package dev.livenessdesk.aws;

import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.session.SessionNotFound;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.rekognition.model.CreateFaceLivenessSessionRequest;
import software.amazon.awssdk.services.rekognition.model.CreateFaceLivenessSessionResponse;
import software.amazon.awssdk.services.rekognition.model.GetFaceLivenessSessionResultsRequest;
import software.amazon.awssdk.services.rekognition.model.GetFaceLivenessSessionResultsResponse;

/** Face Liveness on the Rekognition client of one connection; every failure becomes a ServiceError. */
public final class RekognitionLivenessSessions implements LivenessSessions {

    public static final String CREATE_ACTION = "rekognition:CreateFaceLivenessSession";
    public static final String RESULTS_ACTION = "rekognition:GetFaceLivenessSessionResults";
    // The SDK's legacy mode, its default when nothing is configured, makes up to 4 attempts.
    private static final int SDK_DEFAULT_MAX_ATTEMPTS = 4;

    private final AwsClients clients;
    private final ConnectionSettings connection;
    private final Clock clock;

    public RekognitionLivenessSessions(AwsClients clients, ConnectionSettings connection, Clock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RekognitionLivenessSessions(AwsClients clients, ConnectionSettings connection) {
        this(clients, connection, Clock.systemUTC());
    }

    /** Creates the session in the settings' region, which the user chose in the form, with this connection's keys. */
    @Override
    public CreatedSession create(SessionSettings settings, AttemptListener attempts) throws ServiceException {
        ConnectionSettings target = connection.withRegion(settings.region());
        CallTrace trace = new CallTrace();
        RekognitionClient client = client(target, CREATE_ACTION, trace);
        CreateFaceLivenessSessionRequest request = LivenessRequests.create(settings).toBuilder()
                .overrideConfiguration(AttemptReporter.reportingTo(attempts, maxAttempts(client), trace))
                .build();
        CreateFaceLivenessSessionResponse answer = call(() -> client.createFaceLivenessSession(request),
                CREATE_ACTION, target, trace);
        Optional<String> problem = LivenessAnswerCheck.problemOf(answer);
        if (problem.isPresent()) {
            throw UnreadableAnswers.breaksTheModel(problem.get(), CREATE_ACTION, target,
                    requestIdOf(answer.responseMetadata().requestId()), trace.httpStatus());
        }
        return new CreatedSession(answer.sessionId(), clock.instant(), settings);
    }

    @Override
    public SessionResults results(String sessionId) throws ServiceException {
        return results(sessionId, AttemptListener.NONE);
    }

    @Override
    public SessionResults results(String sessionId, AttemptListener attempts) throws ServiceException {
        CallTrace trace = new CallTrace();
        RekognitionClient client = client(connection, RESULTS_ACTION, trace);
        GetFaceLivenessSessionResultsRequest request = GetFaceLivenessSessionResultsRequest.builder()
                .sessionId(sessionId)
                .overrideConfiguration(AttemptReporter.reportingTo(attempts, maxAttempts(client), trace))
                .build();
        GetFaceLivenessSessionResultsResponse response;
        try {
            response = call(() -> client.getFaceLivenessSessionResults(request), RESULTS_ACTION, connection, trace);
        } catch (ServiceException e) {
            throw withSessionNamed(e, sessionId);
        }
        Optional<String> problem = LivenessAnswerCheck.problemOf(response, sessionId);
        if (problem.isPresent()) {
            throw UnreadableAnswers.breaksTheModel(problem.get(), RESULTS_ACTION, connection,
                    requestIdOf(response.responseMetadata().requestId()), trace.httpStatus());
        }
        return LivenessResultsMapper.toResults(response, sessionId);
    }

    /** Runs one SDK call within the connection's bound; every way it can fail becomes a ServiceException. */
    private <T> T call(Supplier<T> action, String operation, ConnectionSettings target, CallTrace trace)
            throws ServiceException {
        if (Thread.currentThread().isInterrupted()) {
            throw cancelled(null);
        }
        AwsClientOptions options = clients.options();
        try {
            return CallDeadline.run(action, options.apiCallTimeout());
        } catch (CallDeadline.Cancelled e) {
            throw cancelled(e);
        } catch (CallDeadline.Expired e) {
            throw new ServiceException(CallFailures.pastTheBound(operation, target, options, trace), e);
        } catch (SdkException | UncheckedIOException | IllegalStateException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw cancelled(e);
            }
            throw new ServiceException(CallFailures.explain(e, operation, target, options, trace), e);
        }
    }

    /** The client; building one reads the profile files, which may be broken. */
    private RekognitionClient client(ConnectionSettings target, String operation, CallTrace trace)
            throws ServiceException {
        try {
            return clients.rekognition(target);
        } catch (SdkException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new ServiceException(CallFailures.explain(e, operation, target, clients.options(), trace), e);
        }
    }

    private static Optional<String> requestIdOf(String id) {
        return Optional.ofNullable(id).filter(value -> !value.isBlank() && !"UNKNOWN".equals(value));
    }

    /** The sandbox and AWS say the same words for an unknown session, naming it (core.SessionNotFound). */
    private ServiceException withSessionNamed(ServiceException failure, String sessionId) {
        ServiceError error = failure.error();
        if (error.kind() != ErrorKind.SESSION_NOT_FOUND) {
            return failure;
        }
        return new ServiceException(SessionNotFound.error(sessionId, connection.region(), error.requestId(),
                error.detail()), failure.getCause());
    }

    private static ServiceException cancelled(Throwable cause) {
        return new ServiceException(AwsErrorTranslator.cancelled(), cause);
    }

    private static int maxAttempts(RekognitionClient client) {
        return client.serviceClientConfiguration().overrideConfiguration().retryStrategy()
                .map(RetryStrategy::maxAttempts).orElse(SDK_DEFAULT_MAX_ATTEMPTS);
    }
}
