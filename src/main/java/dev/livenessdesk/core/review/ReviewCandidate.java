package dev.livenessdesk.core.review;

import dev.livenessdesk.core.campaign.RecordPlace;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A session that can go into a review queue: where its images and record are, and what the service said of it
 * (shown only after the label is given, so it does not steer the reviewer).
 *
 * @param place      the bucket and prefix its folder is under; its images are read and its reviews written there
 * @param confidence 0..100 once the check ran; the weighted sample leans on it
 * @param clientSdk  the client that ran the check, as that client reported it
 * @param campaign   the campaign it was run for, when it was
 */
public record ReviewCandidate(String sessionId, RecordPlace place, Instant createdAt, Optional<Float> confidence,
                              List<String> feedbackCodes, Optional<String> clientSdk, String region,
                              Optional<String> campaign) {

    public ReviewCandidate {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(createdAt, "createdAt");
        confidence = confidence == null ? Optional.empty() : confidence.filter(c -> !c.isNaN());
        feedbackCodes = feedbackCodes == null ? List.of() : List.copyOf(feedbackCodes);
        clientSdk = clientSdk == null ? Optional.empty() : clientSdk;
        region = region == null ? "" : region;
        campaign = campaign == null ? Optional.empty() : campaign;
    }

    /** Whether the service accepted it at this pass mark (a tie is accepted); empty without a score. */
    public Optional<Boolean> acceptedAt(int passMark) {
        return confidence.map(c -> c >= passMark);
    }
}
