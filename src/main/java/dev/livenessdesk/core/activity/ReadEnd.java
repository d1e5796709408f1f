package dev.livenessdesk.core.activity;

import dev.livenessdesk.core.failure.ServiceError;
import java.util.Optional;

/**
 * How a read of the trail ended. A read that stops early (cancelled, refused, a hung or throttled service) keeps
 * everything it read: {@code whole} is then false and {@code stoppedBy} says why.
 *
 * @param whole       every event of the window was read
 * @param pages       pages asked of the service
 * @param fromCache   events read from what the desk kept of earlier reads
 * @param stoppedBy   what stopped it early
 */
public record ReadEnd(boolean whole, int pages, long fromCache, Optional<ServiceError> stoppedBy) {

    public static ReadEnd complete(int pages, long fromCache) {
        return new ReadEnd(true, pages, fromCache, Optional.empty());
    }

    public static ReadEnd stopped(int pages, long fromCache, ServiceError why) {
        return new ReadEnd(false, pages, fromCache, Optional.of(why));
    }
}
