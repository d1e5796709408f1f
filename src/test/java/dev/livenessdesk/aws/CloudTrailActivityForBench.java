package dev.livenessdesk.aws;

import dev.livenessdesk.aws.sso.Sleeper;
import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.connection.ConnectionSettings;
import java.time.Clock;

/**
 * The real CloudTrail reader with its clock and waits given from outside, for benchmarks that run CloudTrail's
 * rate limit faster than life (a clock that runs n times faster and waits n times shorter keep the reader's pace
 * exactly n times the real one).
 */
public final class CloudTrailActivityForBench {

    private CloudTrailActivityForBench() {
    }

    public static CloudTrailActivity reader(AwsClients clients, ConnectionSettings connection, TrailEventCache cache,
                                            Clock clock, Sleeper sleeper) {
        return new CloudTrailActivity(clients, connection, cache, clock, sleeper);
    }
}
