package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import java.time.Duration;
import java.util.Optional;

/**
 * This computer's clock against AWS's, measured as the setup check's clock row measures it (the Date of one
 * Rekognition answer), for the text a support person sends to AWS Support.
 */
public final class ClockOffset {

    private ClockOffset() {
    }

    /**
     * @return positive when this computer is ahead; empty where it cannot be measured (a backend with nothing to
     *         check, such as the offline sandbox, or no answer with a Date): the text then says "not measured"
     */
    public static Optional<Duration> measure(Object backend, ConnectionSettings connection) {
        Optional<SetupAnswers> answers = SetupSource.of(backend);
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(answers.get().serviceClock(connection).localAhead());
        } catch (ServiceException unmeasured) {
            return Optional.empty();
        }
    }
}
