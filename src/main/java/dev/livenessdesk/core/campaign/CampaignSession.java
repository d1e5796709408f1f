package dev.livenessdesk.core.campaign;

import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionStatus;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One session run for a campaign: which scenario it presented, who ran it, what the service said, and whether the
 * tester excluded it. No images: they are biometric and stay in S3.
 *
 * @param rawStatus     the status string as the service last sent it (a newer status reads as sent)
 * @param confidence    0..100 once the check ran
 * @param feedbackCodes the service's feedback codes as sent ({@code LOW_LIGHTING_DETECTED}, ...), never messages
 * @param tester        who ran the check, as the desk names its user
 * @param note          why it was excluded or re-tagged ("tester looked away"); empty when nobody said
 */
public record CampaignSession(
        String sessionId,
        String campaignName,
        String scenarioName,
        Instant createdAt,
        String tester,
        String region,
        String rawStatus,
        Optional<Float> confidence,
        List<String> feedbackCodes,
        boolean excluded,
        Optional<String> note) {

    public CampaignSession {
        Objects.requireNonNull(sessionId, "sessionId");
        campaignName = CampaignNames.require(campaignName);
        scenarioName = CampaignNames.require(scenarioName);
        Objects.requireNonNull(createdAt, "createdAt");
        tester = CampaignNames.normalize(tester);
        region = region == null ? "" : region;
        rawStatus = rawStatus == null || rawStatus.isBlank() ? SessionStatus.CREATED.name() : rawStatus;
        confidence = confidence == null ? Optional.empty() : confidence.filter(c -> !c.isNaN());
        feedbackCodes = feedbackCodes == null ? List.of() : List.copyOf(feedbackCodes);
        note = note == null ? Optional.empty() : note.map(CampaignNames::normalize).filter(n -> !n.isEmpty());
    }

    /** A session just created for a scenario: CREATED, no result yet. */
    public static CampaignSession created(String sessionId, Instant createdAt, String region, String campaignName,
                                          String scenarioName, String tester) {
        return new CampaignSession(sessionId, campaignName, scenarioName, createdAt, tester, region,
                SessionStatus.CREATED.name(), Optional.empty(), List.of(), false, Optional.empty());
    }

    /** A session the service just created, tagged for a scenario: the desktop's form and {@code create --campaign}. */
    public static CampaignSession tagged(CreatedSession created, String campaignName, String scenarioName,
                                         String tester) {
        return created(created.sessionId(), created.createdAt(), created.settings().region(), campaignName,
                scenarioName, tester);
    }

    public SessionStatus status() {
        return SessionStatus.fromWire(rawStatus);
    }

    /** Where it stands for the metrics; an excluded session is excluded whatever its result. */
    public SessionOutcome outcome() {
        if (excluded) {
            return SessionOutcome.EXCLUDED;
        }
        SessionStatus status = status();
        if (status == SessionStatus.EXPIRED) {
            return SessionOutcome.EXPIRED;
        }
        if (confidence.isPresent() && (status == SessionStatus.SUCCEEDED || status == SessionStatus.FAILED)) {
            return SessionOutcome.SCORED;
        }
        if (status == SessionStatus.CREATED || status == SessionStatus.IN_PROGRESS) {
            return SessionOutcome.IN_FLIGHT;
        }
        return SessionOutcome.NOT_SCORED;
    }

    /**
     * The status kept for a session the service answered it does not know (SessionNotFound: another region's id,
     * or one past the service's keeping): nothing will change it, so it is not asked about again.
     */
    public static final String NOT_KNOWN_TO_SERVICE = "NOT_KNOWN_TO_SERVICE";

    /** Whether the service can still change this session's result (polling stops once it cannot). */
    public boolean isFinal() {
        return status().isFinal() || NOT_KNOWN_TO_SERVICE.equals(rawStatus);
    }

    /** The same session, remembered as one the service does not know. */
    public CampaignSession notKnownToService() {
        return withResult(NOT_KNOWN_TO_SERVICE, Optional.empty(), List.of());
    }

    /** The latest result; a confidence or feedback already known is kept when the answer carries none. */
    public CampaignSession withResult(String newRawStatus, Optional<Float> newConfidence, List<String> newFeedback) {
        List<String> feedback = newFeedback == null || newFeedback.isEmpty() ? feedbackCodes : newFeedback;
        return new CampaignSession(sessionId, campaignName, scenarioName, createdAt, tester, region, newRawStatus,
                newConfidence == null ? confidence : newConfidence.or(() -> confidence), feedback, excluded, note);
    }

    /** The session counted under another scenario of its campaign, with the tester's reason. */
    public CampaignSession retagged(String newScenarioName, String why) {
        return new CampaignSession(sessionId, campaignName, newScenarioName, createdAt, tester, region, rawStatus,
                confidence, feedbackCodes, excluded, Optional.ofNullable(why).or(() -> note));
    }

    /** Taken out of (or back into) the metrics, with the tester's reason. */
    public CampaignSession withExcluded(boolean exclude, String why) {
        return new CampaignSession(sessionId, campaignName, scenarioName, createdAt, tester, region, rawStatus,
                confidence, feedbackCodes, exclude, Optional.ofNullable(why).or(() -> note));
    }
}
