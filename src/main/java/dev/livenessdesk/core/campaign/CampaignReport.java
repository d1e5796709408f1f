package dev.livenessdesk.core.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one report file holds: the campaign's numbers at the pass mark, its sessions, the plots as PNG
 * pictures, the settings it was made with, and reference images only when the user asked for them.
 *
 * @param settings        label to value, in order ("Region" -> "us-east-1")
 * @param referenceImages session id to a small JPEG; empty unless the user ticked "include reference images"
 * @param review          what the reviewers' labels say; empty when nobody reviewed
 */
public record CampaignReport(CampaignEvaluation evaluation, List<CampaignSession> sessions, int passMark,
                             Instant madeAt, Map<String, String> settings, List<Picture> plots,
                             Map<String, byte[]> referenceImages, java.util.Optional<ReviewSection> review) {

    /** A report without a review section (nobody reviewed, or the reviews could not be read). */
    public CampaignReport(CampaignEvaluation evaluation, List<CampaignSession> sessions, int passMark,
                          Instant madeAt, Map<String, String> settings, List<Picture> plots,
                          Map<String, byte[]> referenceImages) {
        this(evaluation, sessions, passMark, madeAt, settings, plots, referenceImages, java.util.Optional.empty());
    }

    public CampaignReport {
        Objects.requireNonNull(evaluation, "evaluation");
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(madeAt, "madeAt");
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        plots = List.copyOf(plots);
        referenceImages = Map.copyOf(referenceImages);
        review = review == null ? java.util.Optional.empty() : review;
    }

    /** A plot as the screen drew it. */
    public record Picture(String title, byte[] png) {
    }
}
