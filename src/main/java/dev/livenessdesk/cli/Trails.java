package dev.livenessdesk.cli;

import dev.livenessdesk.core.activity.AthenaTable;
import dev.livenessdesk.core.activity.ReadEnd;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.core.failure.ServiceException;
import java.net.URI;
import java.util.Optional;

/** What {@code activity} and {@code timeline} share: the trail of the connection, and when a read is a failure. */
final class Trails {

    private Trails() {
    }

    /** The trail of the connection the options name (--endpoint-url goes to CloudTrail), kept in the local cache. */
    static TrailEvents of(CommandContext context, ConnectionOptions connection) throws InvalidInput {
        return of(context, connection, Optional.empty());
    }

    /**
     * With an Athena table, the trail read through Athena (--endpoint-url then goes to Athena, else
     * AWS_ENDPOINT_URL_ATHENA or the profile's); without, CloudTrail's event history.
     */
    static TrailEvents of(CommandContext context, ConnectionOptions connection, Optional<AthenaTable> athena)
            throws InvalidInput {
        Optional<URI> endpoint = connection.endpoint(context);
        String region = connection.region(context.backend().profiles());
        if (athena.isPresent()) {
            return context.backend().athenaTrail(connection.forAthena(context, region, endpoint), athena.get())
                    .orElseThrow(() -> new InvalidInput(CliText.get("activity.noAthena")));
        }
        return context.backend().trailEvents(connection.forCloudTrail(context, region, endpoint),
                context.trailCache()).orElseThrow(() -> new InvalidInput(CliText.get("activity.noTrail")));
    }

    /** A read that stopped before it read anything failed; one that read some is a partial answer. */
    static void failIfNothingRead(ReadEnd end, long eventsRead) throws ServiceException {
        if (end.stoppedBy().isPresent() && eventsRead == 0 && end.fromCache() == 0) {
            throw new ServiceException(end.stoppedBy().get());
        }
    }
}
