package dev.livenessdesk.core.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every review known of some sessions, each once however many copies were read (the bucket's record and this
 * computer's store, a write retried): per session, per reviewer their latest label counts.
 */
public final class ReviewLedger {

    private final Map<String, List<Review>> bySession = new LinkedHashMap<>();

    private ReviewLedger(Collection<Review> reviews) {
        Map<Review.Identity, Review> once = new LinkedHashMap<>();
        reviews.forEach(r -> once.putIfAbsent(r.identity(), r));
        for (Review review : once.values()) {
            bySession.computeIfAbsent(key(review.sessionId()), k -> new ArrayList<>()).add(review);
        }
        bySession.values().forEach(list -> list.sort(Comparator.comparing(Review::at)
                .thenComparing(Review::reviewerKey).thenComparing(Review::round)));
    }

    public static ReviewLedger of(Collection<Review> reviews) {
        return new ReviewLedger(reviews);
    }

    private static String key(String sessionId) {
        return sessionId.toLowerCase(Locale.ROOT);
    }

    /** Every review, each once, session by session, oldest first within a session. */
    public List<Review> all() {
        return bySession.values().stream().flatMap(List::stream).toList();
    }

    /** The reviews of one session, oldest first. */
    public List<Review> of(String sessionId) {
        return List.copyOf(bySession.getOrDefault(key(sessionId), List.of()));
    }

    /** Each reviewer's latest review of the session, by reviewer key, in the order they first reviewed it. */
    public Map<String, Review> latestByReviewer(String sessionId) {
        Map<String, Review> latest = new LinkedHashMap<>();
        for (Review review : of(sessionId)) {
            latest.remove(review.reviewerKey());
            latest.put(review.reviewerKey(), review);
        }
        return latest;
    }

    public boolean isReviewed(String sessionId) {
        return bySession.containsKey(key(sessionId));
    }

    public boolean isReviewedBy(String sessionId, String reviewer) {
        return latestByReviewer(sessionId).containsKey(ReviewText.reviewerKey(reviewer));
    }

    /**
     * What the reviewers say the session was, when they say one thing: every reviewer's latest decided label
     * (cannot tell leaves a reviewer out) is the same. Empty when nobody decided or two reviewers differ.
     */
    public Optional<ReviewLabel> agreedLabel(String sessionId) {
        TreeSet<ReviewLabel> said = new TreeSet<>();
        latestByReviewer(sessionId).values().stream().map(Review::label).filter(ReviewLabel::isDecided)
                .forEach(said::add);
        return said.size() == 1 ? Optional.of(said.first()) : Optional.empty();
    }

    /** Whether two reviewers' latest labels differ (cannot tell differs from a decided label too). */
    public boolean isDisputed(String sessionId) {
        return latestByReviewer(sessionId).values().stream().map(Review::label).distinct().count() > 1;
    }

    /** Every reviewer's name as they last spelled it, by key, sorted by key. */
    public Map<String, String> reviewers() {
        Map<String, String> names = new TreeMap<>();
        all().forEach(r -> names.put(r.reviewerKey(), r.reviewer()));
        return names;
    }

    /** The session ids with reviews, as first read. */
    public List<String> sessions() {
        List<String> ids = new ArrayList<>();
        bySession.values().forEach(list -> ids.add(list.get(0).sessionId()));
        return ids;
    }
}
