package dev.livenessdesk.core.review;

import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignNames;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.campaign.SessionOutcome;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Rate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the reviewers' labels say of scored sessions at one pass mark (the campaign's, so the numbers sit side by
 * side): sessions the service accepted that the reviewers labelled an attack, per species; sessions it rejected that
 * they labelled live; and APCER per species and BPCER with the labels as the truth. Only sessions whose reviewers
 * agree on a decided label count; disputed ones and "cannot tell" are counted apart.
 *
 * @param labelled             scored sessions with an agreed label (live or an attack)
 * @param disputed             scored sessions whose reviewers' latest labels differ
 * @param undecided            scored sessions reviewed only as "cannot tell"
 * @param unreviewed           scored sessions nobody reviewed
 * @param acceptedButAttack    accepted sessions labelled an attack, per species (only species seen)
 * @param rejectedButLive      rejected sessions labelled live
 * @param apcer                attacks accepted of those labelled each species
 * @param bpcer                live presentations rejected of those labelled live; empty when none was
 * @param unlikeScenario       sessions whose agreed label is not what their campaign scenario presented
 */
public record LabelFigures(int passMark, int labelled, int disputed, int undecided, int unreviewed,
                           Map<AttackSpecies, Integer> acceptedButAttack, int rejectedButLive,
                           Map<AttackSpecies, Rate> apcer, Optional<Rate> bpcer, int unlikeScenario) {

    public LabelFigures {
        acceptedButAttack = Collections.unmodifiableMap(acceptedButAttack.isEmpty()
                ? new EnumMap<>(AttackSpecies.class) : new EnumMap<>(acceptedButAttack));
        apcer = Collections.unmodifiableMap(apcer.isEmpty() ? new EnumMap<>(AttackSpecies.class)
                : new EnumMap<>(apcer));
    }

    /**
     * A scored session: its score, and for a campaign session what its scenario presented.
     */
    public record Scored(String sessionId, float confidence, Optional<Expectation> scenario) {
    }

    public static LabelFigures of(List<Scored> sessions, ReviewLedger reviews, int passMark) {
        int labelled = 0;
        int disputed = 0;
        int undecided = 0;
        int unreviewed = 0;
        int rejectedButLive = 0;
        int unlike = 0;
        int live = 0;
        Map<AttackSpecies, Integer> acceptedAttack = new EnumMap<>(AttackSpecies.class);
        Map<AttackSpecies, int[]> perSpecies = new EnumMap<>(AttackSpecies.class);
        for (Scored session : sessions) {
            if (!reviews.isReviewed(session.sessionId())) {
                unreviewed++;
                continue;
            }
            Optional<ReviewLabel> agreed = reviews.agreedLabel(session.sessionId());
            if (agreed.isEmpty()) {
                if (reviews.latestByReviewer(session.sessionId()).values().stream()
                        .anyMatch(r -> r.label().isDecided())) {
                    disputed++;
                } else {
                    undecided++;
                }
                continue;
            }
            labelled++;
            ReviewLabel label = agreed.get();
            boolean accepted = session.confidence() >= passMark;
            Expectation truth = label.species().map(Expectation::attack).orElse(Expectation.BONA_FIDE);
            if (session.scenario().isPresent() && !session.scenario().get().equals(truth)) {
                unlike++;
            }
            if (label.isAttack()) {
                int[] counts = perSpecies.computeIfAbsent(label.species().orElseThrow(), s -> new int[2]);
                counts[1]++;
                if (accepted) {
                    counts[0]++;
                    acceptedAttack.merge(label.species().orElseThrow(), 1, Integer::sum);
                }
            } else {
                live++;
                if (!accepted) {
                    rejectedButLive++;
                }
            }
        }
        Map<AttackSpecies, Rate> apcer = new EnumMap<>(AttackSpecies.class);
        perSpecies.forEach((species, counts) -> apcer.put(species, new Rate(counts[0], counts[1])));
        Optional<Rate> bpcer = live == 0 ? Optional.empty() : Optional.of(new Rate(rejectedButLive, live));
        return new LabelFigures(passMark, labelled, disputed, undecided, unreviewed, acceptedAttack, rejectedButLive,
                apcer, bpcer, unlike);
    }

    /**
     * The figures of a campaign's scored sessions (excluded, in-flight and unscored ones are left out, as the
     * campaign's own numbers leave them), each with what its scenario presents.
     */
    public static LabelFigures ofCampaign(Campaign campaign, List<CampaignSession> sessions, ReviewLedger reviews,
                                          int passMark) {
        List<Scored> scored = new java.util.ArrayList<>();
        for (CampaignSession session : sessions) {
            if (session.outcome() != SessionOutcome.SCORED
                    || !CampaignNames.same(session.campaignName(), campaign.name())) {
                continue;
            }
            Optional<Expectation> scenario = campaign.scenarios().stream()
                    .filter(s -> CampaignNames.same(s.name(), session.scenarioName()))
                    .map(Scenario::expectation).findFirst();
            scored.add(new Scored(session.sessionId(), session.confidence().orElseThrow(), scenario));
        }
        return of(scored, reviews, passMark);
    }

    /** The attacks accepted, over all species. */
    public int acceptedButAttackTotal() {
        return acceptedButAttack.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * One line beside the campaign's own: "Reviewers' labels (38 sessions) at pass mark 80: accepted but labelled
     * an attack 1 (printed photo 1), rejected but labelled live 2; with labels as truth BPCER 2/20 (10%), APCER
     * printed photo 1/10 (10%)".
     */
    public String line() {
        if (labelled == 0) {
            return ReviewWords.get("figures.none", passMark, disputed, undecided, unreviewed);
        }
        String species = acceptedButAttack.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
        String rates = bpcer.map(r -> ReviewWords.get("figures.bpcer", rateText(r))).orElse("");
        String apcerText = apcer.entrySet().stream()
                .map(e -> e.getKey().label() + " " + rateText(e.getValue())).collect(Collectors.joining(", "));
        if (!apcerText.isEmpty()) {
            rates = (rates.isEmpty() ? "" : rates + ", ") + ReviewWords.get("figures.apcer", apcerText);
        }
        return ReviewWords.get("figures.line", labelled, passMark, acceptedButAttackTotal(),
                species.isEmpty() ? "" : " (" + species + ")", rejectedButLive, rates,
                disputed, undecided, unreviewed);
    }

    static String rateText(Rate rate) {
        return rate.isDefined() ? rate.countText() + " (" + rate.percentText() + ")" : rate.countText();
    }
}
