package dev.livenessdesk.testsupport;

import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.campaign.Scenario;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * A made-up but plausible evaluation campaign, for benchmarks and README pictures: two bona fide scenarios and
 * four attack species, scores drawn around where each kind tends to land, a few feedback codes, one session
 * excluded, one expired and one that failed without a score. Deterministic for a seed.
 */
public final class CampaignExample {

    public static final String NAME = "Release 4.2 acceptance";

    private record Kind(Scenario scenario, double share, double mean, double spread, String lowFeedback) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(new Scenario("Live, office light", Expectation.BONA_FIDE), 0.30, 94, 4, "FACE_NOT_ALIGNED"),
            new Kind(new Scenario("Live, dim room", Expectation.BONA_FIDE), 0.22, 84, 9, "LOW_LIGHTING_DETECTED"),
            new Kind(new Scenario("Printed photo A4", Expectation.attack(AttackSpecies.PRINTED_PHOTO)), 0.16, 18, 12,
                    "LOW_VIDEO_QUALITY_DETECTED"),
            new Kind(new Scenario("Phone screen replay", Expectation.attack(AttackSpecies.SCREEN_REPLAY)), 0.16, 32,
                    20, "LOW_VIDEO_QUALITY_DETECTED"),
            new Kind(new Scenario("Silicone mask", Expectation.attack(AttackSpecies.MASK)), 0.08, 40, 18,
                    "FACE_OBSTRUCTION_DETECTED"),
            new Kind(new Scenario("Injected video", Expectation.attack(AttackSpecies.INJECTION)), 0.08, 55, 20,
                    "HIGH_LIGHTING_DETECTED"));

    private CampaignExample() {
    }

    public static Campaign campaign() {
        return new Campaign(NAME, Instant.parse("2026-11-30T08:00:00Z"), KINDS.stream().map(Kind::scenario).toList());
    }

    public static List<CampaignSession> sessions(int count, long seed) {
        Random random = new Random(seed);
        List<CampaignSession> sessions = new ArrayList<>(count);
        Instant start = Instant.parse("2026-11-30T09:00:00Z");
        String[] testers = {"ana", "ben", "chen"};
        for (int i = 0; i < count; i++) {
            Kind kind = pick(random);
            float confidence = (float) Math.max(0, Math.min(100, kind.mean() + random.nextGaussian() * kind.spread()));
            confidence = Math.round(confidence * 10) / 10f;
            List<String> feedback = confidence < 60 && random.nextInt(3) > 0 ? List.of(kind.lowFeedback()) : List.of();
            String status = "SUCCEEDED";
            Optional<Float> score = Optional.of(confidence);
            boolean excluded = false;
            Optional<String> note = Optional.empty();
            if (i == 7) {
                excluded = true;
                note = Optional.of("tester looked away");
            } else if (i == 11) {
                status = "EXPIRED";
                score = Optional.empty();
                feedback = List.of();
            } else if (i == count - 1) {
                status = "FAILED";
                score = Optional.empty();
                feedback = List.of();
            }
            sessions.add(new CampaignSession(new UUID(random.nextLong(), random.nextLong()).toString(), NAME,
                    kind.scenario().name(), start.plusSeconds(95L * i), testers[i % testers.length], "us-east-1",
                    status, score, feedback, excluded, note));
        }
        return sessions;
    }

    /** A store holding the campaign and its sessions. */
    public static InMemoryCampaignStore store(int count, long seed) throws IOException {
        InMemoryCampaignStore store = new InMemoryCampaignStore();
        store.save(campaign());
        for (CampaignSession session : sessions(count, seed)) {
            store.save(session);
        }
        return store;
    }

    private static Kind pick(Random random) {
        double at = random.nextDouble();
        for (Kind kind : KINDS) {
            at -= kind.share();
            if (at <= 0) {
                return kind;
            }
        }
        return KINDS.get(0);
    }
}
