package dev.livenessdesk.core.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's metrics and sessions as plain maps and lists with snake_case keys, ready for any JSON writer: the
 * app's JSON export and the command line's report print the same shape from here. Rates are fractions (0.25,
 * not "25%"), null when nothing was scored.
 */
public final class CampaignFacts {

    private CampaignFacts() {
    }

    /** The numbers at a pass mark, per scenario, and the sweep 0..100 with its crossing. */
    public static Map<String, Object> metrics(CampaignEvaluation evaluation, int passMark) {
        Sweep sweep = evaluation.sweep();
        PassMarkMetrics at = sweep.at(passMark);
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("campaign", evaluation.campaign().name());
        tree.put("pass_mark", passMark);
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (ScenarioTally tally : evaluation.tallies()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", tally.scenario().name());
            row.put("expect", tally.scenario().expectation().wireName());
            row.put("sessions", tally.sessions());
            row.put("scored", tally.scored());
            row.put("in_flight", tally.count(SessionOutcome.IN_FLIGHT));
            row.put("expired", tally.count(SessionOutcome.EXPIRED));
            row.put("not_scored", tally.count(SessionOutcome.NOT_SCORED));
            row.put("excluded", tally.count(SessionOutcome.EXCLUDED));
            row.put("errors", at.scenarioErrors().get(tally.scenario().name()).errors());
            scenarios.add(row);
        }
        tree.put("scenarios", scenarios);
        tree.put("bpcer", at.bpcer().map(CampaignFacts::rate).orElse(null));
        tree.put("apcer", apcer(at));
        tree.put("worst_species", at.worst().map(w -> w.species().wireName()).orElse(null));
        tree.put("worst_apcer", at.worst().map(w -> rate(w.rate())).orElse(null));
        tree.put("summary", CampaignSummary.line(at));
        List<Map<String, Object>> points = new ArrayList<>();
        for (PassMarkMetrics point : sweep.points()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("pass_mark", point.passMark());
            row.put("bpcer", point.bpcer().map(r -> fraction(r)).orElse(null));
            Map<String, Object> species = new LinkedHashMap<>();
            point.apcer().forEach((s, r) -> species.put(s.wireName(), fraction(r)));
            row.put("apcer", species);
            row.put("worst_apcer", point.worst().map(w -> fraction(w.rate())).orElse(null));
            points.add(row);
        }
        tree.put("sweep", points);
        tree.put("crossing", sweep.crossing().map(c -> {
            Map<String, Object> crossing = new LinkedHashMap<>();
            crossing.put("from_pass_mark", c.fromMark());
            crossing.put("to_pass_mark", c.toMark());
            crossing.put("rate", c.rate());
            return crossing;
        }).orElse(null));
        return tree;
    }

    /** One map per session, in the given order. */
    public static List<Map<String, Object>> sessions(CampaignEvaluation evaluation, List<CampaignSession> sessions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CampaignSession session : sessions) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("session_id", session.sessionId());
            row.put("campaign", session.campaignName());
            row.put("scenario", session.scenarioName());
            row.put("expect", evaluation.campaign().scenario(session.scenarioName())
                    .map(s -> s.expectation().wireName()).orElse(null));
            row.put("status", session.rawStatus());
            row.put("confidence", session.confidence().orElse(null));
            row.put("feedback", session.feedbackCodes());
            row.put("created_at", session.createdAt().toString());
            row.put("tester", session.tester());
            row.put("region", session.region());
            row.put("outcome", session.outcome().name().toLowerCase(java.util.Locale.ROOT));
            row.put("excluded", session.excluded());
            row.put("note", session.note().orElse(null));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> apcer(PassMarkMetrics at) {
        Map<String, Object> species = new LinkedHashMap<>();
        at.apcer().forEach((s, r) -> species.put(s.wireName(), rate(r)));
        return species;
    }

    private static Map<String, Object> rate(Rate rate) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("errors", rate.errors());
        tree.put("scored", rate.scored());
        tree.put("rate", fraction(rate));
        return tree;
    }

    private static Double fraction(Rate rate) {
        return rate.fraction().isPresent() ? rate.fraction().getAsDouble() : null;
    }
}
