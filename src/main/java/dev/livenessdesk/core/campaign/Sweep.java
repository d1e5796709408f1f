package dev.livenessdesk.core.campaign;

import java.util.List;
import java.util.Optional;

/**
 * The metrics at every whole pass mark from 0 to 100. BPCER never falls and every APCER never rises as the pass
 * mark goes up, so the worst-case APCER and BPCER meet at most once ({@link #crossing()}).
 *
 * @param points    index i holds the metrics at pass mark i
 * @param crossing  empty when the campaign lacks scored bona fide or attack sessions, or they do not meet in 0..100
 */
public record Sweep(List<PassMarkMetrics> points, Optional<Crossing> crossing) {

    public static final int LOWEST = 0;
    public static final int HIGHEST = 100;

    public Sweep {
        points = List.copyOf(points);
        crossing = crossing == null ? Optional.empty() : crossing;
    }

    public PassMarkMetrics at(int passMark) {
        return points.get(passMark - LOWEST);
    }
}
