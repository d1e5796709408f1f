package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.campaign.CampaignEvaluation;
import dev.livenessdesk.core.campaign.PassMarkMetrics;
import dev.livenessdesk.core.campaign.Rate;
import dev.livenessdesk.core.campaign.ScenarioTally;
import dev.livenessdesk.core.campaign.SessionOutcome;
import dev.livenessdesk.core.campaign.Sweep;
import dev.livenessdesk.core.sharing.CampaignFollower;
import dev.livenessdesk.core.sharing.RecordScan;
import java.util.Locale;

/**
 * The report's envelope data: rates as fractions (0.25, never "25%"), each with the counts it comes from; an
 * undefined rate (nothing decided) has its counts and no {@code rate}.
 */
final class CampaignReportJson {

    private CampaignReportJson() {
    }

    static ObjectNode of(CampaignEvaluation evaluation, int passMark, CampaignFollower.Followed followed,
                         RecordScan scan) {
        PassMarkMetrics metrics = evaluation.at(passMark);
        ObjectNode data = JsonEnvelope.NODES.objectNode();
        data.put("campaign", evaluation.campaign().name());
        data.put("pass_mark", passMark);
        ObjectNode sources = data.putObject("sessions");
        sources.put("total", followed.campaign().sessions().size());
        sources.put("local", followed.campaign().localSessions());
        sources.put("shared_records", followed.campaign().records().size());
        sources.put("unreadable_records", scan.unreadable().size());
        sources.put("followed", followed.asked());
        sources.put("updated", followed.changed());
        sources.put("written_back", followed.writtenBack());
        sources.put("not_asked", followed.notAsked());
        sources.put("not_known_to_service", followed.notKnown());
        sources.put("s3_calls", scan.calls());
        ArrayNode scenarios = data.putArray("scenarios");
        for (ScenarioTally tally : evaluation.tallies()) {
            ObjectNode node = scenarios.addObject();
            node.put("name", tally.scenario().name());
            node.put("expect", tally.scenario().expectation().wireName());
            node.put("sessions", tally.sessions());
            node.put("decided", tally.scored());
            for (SessionOutcome outcome : SessionOutcome.values()) {
                if (outcome != SessionOutcome.SCORED) {
                    node.put(outcome.name().toLowerCase(Locale.ROOT), tally.count(outcome));
                }
            }
            Rate errors = metrics.scenarioErrors().get(tally.scenario().name());
            if (errors != null) {
                rate(node.putObject(tally.scenario().isBonaFide() ? "rejected" : "accepted"), errors);
            }
        }
        metrics.bpcer().ifPresent(bpcer -> rate(data.putObject("bpcer"), bpcer));
        ArrayNode apcer = data.putArray("apcer");
        metrics.apcerPerSpecies().forEach(species -> rate(apcer.addObject()
                .put("species", species.species().wireName()), species.rate()));
        metrics.worst().ifPresent(worst -> rate(data.putObject("worst_species")
                .put("species", worst.species().wireName()), worst.rate()));
        Sweep sweep = evaluation.sweep();
        ArrayNode points = data.putArray("sweep");
        for (PassMarkMetrics point : sweep.points()) {
            ObjectNode node = points.addObject().put("pass_mark", point.passMark());
            point.bpcer().flatMap(r -> r.fraction().isPresent() ? java.util.Optional.of(r.fraction().getAsDouble())
                    : java.util.Optional.empty()).ifPresent(f -> node.put("bpcer", f));
            point.worstApcer().ifPresent(f -> node.put("apcer_worst", f));
        }
        sweep.crossing().ifPresent(crossing -> data.putObject("crossing")
                .put("pass_mark", crossing.passMark()).put("rate", crossing.rate()));
        return data;
    }

    private static void rate(ObjectNode node, Rate rate) {
        node.put("errors", rate.errors()).put("decided", rate.scored());
        rate.fraction().ifPresent(fraction -> node.put("rate", fraction));
    }
}
