package dev.livenessdesk.core.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A campaign's sessions read as ISO/IEC 30107-3 counts them: only scored sessions count; in-flight, expired,
 * unscored and excluded ones are tallied apart. Built once from a snapshot (scores sorted per scenario), so the
 * metrics at any pass mark, and the whole sweep, are cheap to ask for again while the pass mark moves.
 */
public final class CampaignEvaluation {

    private final Campaign campaign;
    private final Map<String, float[]> sortedScores = new LinkedHashMap<>();
    private final List<ScenarioTally> tallies = new ArrayList<>();
    private final Map<String, Map<String, Integer>> feedbackCounts = new LinkedHashMap<>();
    private final int untagged;

    private CampaignEvaluation(Campaign campaign, Collection<CampaignSession> sessions) {
        this.campaign = campaign;
        Map<String, List<CampaignSession>> byScenario = new LinkedHashMap<>();
        campaign.scenarios().forEach(s -> byScenario.put(CampaignNames.key(s.name()), new ArrayList<>()));
        int withoutScenario = 0;
        for (CampaignSession session : sessions) {
            if (!CampaignNames.same(session.campaignName(), campaign.name())) {
                continue;
            }
            List<CampaignSession> bucket = byScenario.get(CampaignNames.key(session.scenarioName()));
            if (bucket == null) {
                withoutScenario++;
            } else {
                bucket.add(session);
            }
        }
        this.untagged = withoutScenario;
        for (Scenario scenario : campaign.scenarios()) {
            List<CampaignSession> tagged = byScenario.get(CampaignNames.key(scenario.name()));
            EnumMap<SessionOutcome, Integer> counts = new EnumMap<>(SessionOutcome.class);
            Map<String, Integer> feedback = new TreeMap<>();
            float[] scores = new float[tagged.size()];
            int scored = 0;
            for (CampaignSession session : tagged) {
                SessionOutcome outcome = session.outcome();
                counts.merge(outcome, 1, Integer::sum);
                if (outcome == SessionOutcome.SCORED) {
                    scores[scored++] = session.confidence().orElseThrow();
                }
                if (outcome != SessionOutcome.EXCLUDED) {
                    session.feedbackCodes().forEach(code -> feedback.merge(code, 1, Integer::sum));
                }
            }
            float[] kept = Arrays.copyOf(scores, scored);
            Arrays.sort(kept);
            sortedScores.put(scenario.name(), kept);
            tallies.add(new ScenarioTally(scenario, counts));
            feedbackCounts.put(scenario.name(), Collections.unmodifiableMap(feedback));
        }
    }

    /** Reads the sessions of this campaign among those given; sessions of other campaigns are ignored. */
    public static CampaignEvaluation of(Campaign campaign, Collection<CampaignSession> sessions) {
        return new CampaignEvaluation(campaign, sessions);
    }

    public Campaign campaign() {
        return campaign;
    }

    /** Per scenario, in campaign order: its sessions and where they stand. */
    public List<ScenarioTally> tallies() {
        return Collections.unmodifiableList(tallies);
    }

    /** Sessions naming a scenario this campaign does not have (a record from a newer desk, say): not counted. */
    public int untagged() {
        return untagged;
    }

    /** How often each feedback code came back, per scenario in campaign order; excluded sessions left out. */
    public Map<String, Map<String, Integer>> feedbackCounts() {
        return Collections.unmodifiableMap(feedbackCounts);
    }

    /** Every feedback code seen in the campaign, sorted. */
    public List<String> feedbackCodes() {
        TreeSet<String> codes = new TreeSet<>();
        feedbackCounts.values().forEach(m -> codes.addAll(m.keySet()));
        return List.copyOf(codes);
    }

    /** The scored confidences of a scenario, lowest first. */
    public float[] scores(String scenarioName) {
        return campaign.scenario(scenarioName).map(s -> sortedScores.get(s.name()).clone()).orElse(new float[0]);
    }

    /**
     * The metrics at a pass mark.
     *
     * @throws IllegalArgumentException outside 0..100
     */
    public PassMarkMetrics at(int passMark) {
        if (passMark < Sweep.LOWEST || passMark > Sweep.HIGHEST) {
            throw new IllegalArgumentException("pass mark " + passMark + " is outside 0..100");
        }
        int bonaFideErrors = 0;
        int bonaFideScored = 0;
        boolean anyBonaFide = false;
        EnumMap<AttackSpecies, int[]> species = new EnumMap<>(AttackSpecies.class);
        Map<String, Rate> perScenario = new LinkedHashMap<>();
        for (Scenario scenario : campaign.scenarios()) {
            float[] scores = sortedScores.get(scenario.name());
            int rejected = countBelow(scores, passMark);
            if (scenario.isBonaFide()) {
                anyBonaFide = true;
                bonaFideErrors += rejected;
                bonaFideScored += scores.length;
                perScenario.put(scenario.name(), new Rate(rejected, scores.length));
            } else {
                int accepted = scores.length - rejected;
                int[] sums = species.computeIfAbsent(scenario.expectation().species().orElseThrow(), s -> new int[2]);
                sums[0] += accepted;
                sums[1] += scores.length;
                perScenario.put(scenario.name(), new Rate(accepted, scores.length));
            }
        }
        EnumMap<AttackSpecies, Rate> apcer = new EnumMap<>(AttackSpecies.class);
        species.forEach((s, sums) -> apcer.put(s, new Rate(sums[0], sums[1])));
        Optional<PassMarkMetrics.SpeciesRate> worst = Optional.empty();
        for (Map.Entry<AttackSpecies, Rate> entry : apcer.entrySet()) {
            Rate rate = entry.getValue();
            if (rate.isDefined() && (worst.isEmpty()
                    || rate.fraction().getAsDouble() > worst.get().rate().fraction().getAsDouble())) {
                worst = Optional.of(new PassMarkMetrics.SpeciesRate(entry.getKey(), rate));
            }
        }
        Optional<Rate> bpcer = anyBonaFide ? Optional.of(new Rate(bonaFideErrors, bonaFideScored)) : Optional.empty();
        return new PassMarkMetrics(passMark, bpcer, apcer, worst, perScenario);
    }

    /** The metrics at every whole pass mark 0..100, and where BPCER meets the worst-case APCER. */
    public Sweep sweep() {
        List<PassMarkMetrics> points = new ArrayList<>(Sweep.HIGHEST - Sweep.LOWEST + 1);
        for (int mark = Sweep.LOWEST; mark <= Sweep.HIGHEST; mark++) {
            points.add(at(mark));
        }
        return new Sweep(points, crossing(points));
    }

    /** Scores are sorted: a binary search finds how many are below the pass mark (the rejected ones). */
    private static int countBelow(float[] sorted, int passMark) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < passMark) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * BPCER minus worst APCER never falls with the pass mark, so its first step to >= 0 is the crossing. The sign is
     * found on the counts (cross-multiplied), so 2/20 and 1/10 meet exactly.
     */
    private static Optional<Crossing> crossing(List<PassMarkMetrics> points) {
        PassMarkMetrics first = points.get(0);
        if (first.bpcer().filter(Rate::isDefined).isEmpty() || first.worst().isEmpty()) {
            return Optional.empty();
        }
        int size = points.size();
        int[] sign = new int[size];
        double[] gap = new double[size];
        double[] bpcer = new double[size];
        for (int i = 0; i < size; i++) {
            Rate bonaFide = points.get(i).bpcer().orElseThrow();
            Rate attack = points.get(i).worst().orElseThrow().rate();
            sign[i] = Long.signum((long) bonaFide.errors() * attack.scored() - (long) attack.errors() * bonaFide.scored());
            bpcer[i] = bonaFide.fraction().getAsDouble();
            gap[i] = bpcer[i] - attack.fraction().getAsDouble();
        }
        for (int i = 0; i < size; i++) {
            if (sign[i] == 0) {
                int end = i;
                while (end + 1 < size && sign[end + 1] == 0) {
                    end++;
                }
                return Optional.of(new Crossing(Sweep.LOWEST + i, Sweep.LOWEST + end, bpcer[i]));
            }
            if (sign[i] > 0) {
                if (i == 0) {
                    return Optional.of(new Crossing(Sweep.LOWEST, Sweep.LOWEST, bpcer[0]));
                }
                double share = -gap[i - 1] / (gap[i] - gap[i - 1]);
                double mark = Sweep.LOWEST + i - 1 + share;
                return Optional.of(new Crossing(mark, mark, bpcer[i - 1] + share * (bpcer[i] - bpcer[i - 1])));
            }
        }
        return Optional.empty();
    }
}
