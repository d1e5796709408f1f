package dev.livenessdesk.core.setup;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * AWS's time next to this computer's, read from the {@code Date} header of one answer.
 *
 * @param serviceTime what the service's Date header said
 * @param localTime   this computer's clock when the answer came (the middle of the round trip)
 */
public record ServiceClock(Instant serviceTime, Instant localTime) {

    public ServiceClock {
        Objects.requireNonNull(serviceTime, "serviceTime");
        Objects.requireNonNull(localTime, "localTime");
    }

    /** Positive when this computer is ahead of AWS. */
    public Duration localAhead() {
        return Duration.between(serviceTime, localTime);
    }
}
