package dev.livenessdesk.core.activity;

import java.time.Instant;
import java.util.Optional;

/**
 * One GetFaceLivenessSessionResults call on a session: who read the results, when, and what the record says of
 * them (CloudTrail may leave the answer out: then status and confidence are empty).
 */
public record ResultRead(Instant time, String caller, Optional<String> status, Optional<String> confidence,
                         Optional<String> errorCode) {
}
