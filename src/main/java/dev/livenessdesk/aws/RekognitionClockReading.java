package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.ServiceClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * AWS's clock, from the Date header of GetFaceLivenessSessionResults for a well-formed id that does not exist: a
 * cheap call that creates nothing. Its usual answer is SessionNotFoundException, and an error answer (even
 * "Signature expired") carries the Date as well.
 */
final class RekognitionClockReading {

    /** No session has this id: the version-4 UUID with every random bit zero. */
    static final String NO_SUCH_SESSION = "00000000-0000-4000-8000-000000000000";
    static final String OPERATION = "rekognition:GetFaceLivenessSessionResults";

    private final AwsClients clients;
    private final Clock clock;

    RekognitionClockReading(AwsClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    ServiceClock read(ConnectionSettings connection) throws ServiceException {
        Instant sent = clock.instant();
        Optional<SdkHttpResponse> answer;
        try {
            answer = Optional.of(clients.rekognition(connection)
                    .getFaceLivenessSessionResults(request -> request.sessionId(NO_SUCH_SESSION)).sdkHttpResponse());
        } catch (AwsServiceException e) {
            answer = Optional.ofNullable(e.awsErrorDetails()).map(details -> details.sdkHttpResponse());
            if (answer.isEmpty()) {
                throw AwsErrorTranslator.exception(e, OPERATION, connection);
            }
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, OPERATION, connection);
        }
        Instant received = clock.instant();
        Instant local = sent.plus(Duration.between(sent, received).dividedBy(2));
        Optional<Instant> serviceTime = answer.flatMap(response -> response.firstMatchingHeader("Date"))
                .flatMap(RekognitionClockReading::parse);
        if (serviceTime.isEmpty()) {
            throw new ServiceException(ServiceError.of(ErrorKind.UNKNOWN,
                    SetupAdapterWords.get("clock.noDate", AwsErrorTranslator.endpointOf(OPERATION, connection)),
                    SetupAdapterWords.get("clock.noDate.next")));
        }
        return new ServiceClock(serviceTime.get(), local);
    }

    static Optional<Instant> parse(String date) {
        try {
            return Optional.of(ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
