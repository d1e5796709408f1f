package dev.livenessdesk.core.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds campaign sessions in a line each, so the test tables read like the spreadsheet a tester keeps. */
final class CampaignFixtures {

    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private final String campaign;
    private final List<CampaignSession> sessions = new ArrayList<>();

    CampaignFixtures(String campaign) {
        this.campaign = campaign;
    }

    CampaignFixtures scored(String scenario, float... confidences) {
        for (float confidence : confidences) {
            add(scenario, "SUCCEEDED", Optional.of(confidence), false);
        }
        return this;
    }

    CampaignFixtures status(String scenario, String status) {
        return add(scenario, status, Optional.empty(), false);
    }

    CampaignFixtures excluded(String scenario, float confidence) {
        return add(scenario, "SUCCEEDED", Optional.of(confidence), true);
    }

    CampaignFixtures add(String scenario, String status, Optional<Float> confidence, boolean excluded) {
        sessions.add(new CampaignSession(UUID.randomUUID().toString(), campaign, scenario,
                START.plusSeconds(sessions.size()), "qa-ana", "us-east-1", status, confidence, List.of(), excluded,
                excluded ? Optional.of("tester looked away") : Optional.empty()));
        return this;
    }

    List<CampaignSession> sessions() {
        return List.copyOf(sessions);
    }

    static Campaign campaign(String name, Scenario... scenarios) {
        return new Campaign(name, START, List.of(scenarios));
    }

    static Scenario bonaFide(String name) {
        return new Scenario(name, Expectation.BONA_FIDE);
    }

    static Scenario attack(String name, AttackSpecies species) {
        return new Scenario(name, Expectation.attack(species));
    }
}
