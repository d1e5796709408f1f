package dev.livenessdesk.core.review;

import dev.livenessdesk.core.VisibleText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Agreement between two reviewers over the sessions both labelled (each one's latest label), as Cohen's kappa over
 * the seven labels: 1 is full agreement, 0 what chance alone gives. Stated with the count it rests on; undefined
 * when both gave one and the same label to everything (chance then explains it all).
 *
 * @param first  the first reviewer's name (the pair is in key order)
 * @param count  sessions both labelled
 * @param agreed sessions where their labels are the same
 */
public record ReviewerAgreement(String first, String second, int count, int agreed, OptionalDouble kappa) {

    /** Agreement for every pair of reviewers who labelled at least one session in common, pairs in name order. */
    public static List<ReviewerAgreement> perPair(ReviewLedger reviews) {
        List<String> keys = new ArrayList<>(reviews.reviewers().keySet());
        List<ReviewerAgreement> pairs = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                ReviewerAgreement pair = of(reviews, keys.get(i), keys.get(j));
                if (pair.count() > 0) {
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    static ReviewerAgreement of(ReviewLedger reviews, String firstKey, String secondKey) {
        List<ReviewLabel[]> both = new ArrayList<>();
        for (String session : reviews.sessions()) {
            Map<String, Review> latest = reviews.latestByReviewer(session);
            Review a = latest.get(firstKey);
            Review b = latest.get(secondKey);
            if (a != null && b != null) {
                both.add(new ReviewLabel[] {a.label(), b.label()});
            }
        }
        Map<String, String> names = reviews.reviewers();
        return new ReviewerAgreement(names.get(firstKey), names.get(secondKey), both.size(),
                (int) both.stream().filter(p -> p[0] == p[1]).count(), kappa(both));
    }

    /** Cohen's kappa: (observed - expected) / (1 - expected), expected from each reviewer's own label shares. */
    static OptionalDouble kappa(List<ReviewLabel[]> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        Map<ReviewLabel, Integer> firstCounts = new EnumMap<>(ReviewLabel.class);
        Map<ReviewLabel, Integer> secondCounts = new EnumMap<>(ReviewLabel.class);
        int agreed = 0;
        for (ReviewLabel[] pair : pairs) {
            firstCounts.merge(pair[0], 1, Integer::sum);
            secondCounts.merge(pair[1], 1, Integer::sum);
            if (pair[0] == pair[1]) {
                agreed++;
            }
        }
        double observed = (double) agreed / n;
        double expected = 0;
        for (ReviewLabel label : ReviewLabel.values()) {
            expected += (firstCounts.getOrDefault(label, 0) / (double) n)
                    * (secondCounts.getOrDefault(label, 0) / (double) n);
        }
        if (expected >= 1.0 - 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((observed - expected) / (1.0 - expected));
    }

    /** "ana and ben: kappa 0.78 over 40 sessions (36 agree)". */
    public String text() {
        String value = kappa.isPresent() ? String.format(java.util.Locale.ROOT, "%.2f", kappa.getAsDouble())
                : ReviewWords.get("kappa.undefined");
        return ReviewWords.get("kappa.line", VisibleText.of(first), VisibleText.of(second), value, count,
                agreed);
    }
}
