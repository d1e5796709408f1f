package dev.livenessdesk.core.campaign;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's numbers in one line a QA lead reads aloud, the same in the app, the report and the command line:
 * "At pass mark 80: BPCER 2/20 (10%), APCER printed photo 0/10, screen replay 1/10 (10%)".
 */
public final class CampaignSummary {

    private CampaignSummary() {
    }

    public static String line(PassMarkMetrics metrics) {
        List<String> parts = new ArrayList<>();
        metrics.bpcer().ifPresent(rate -> parts.add(CampaignWords.get("summary.bpcer", rateText(rate))));
        List<String> species = new ArrayList<>();
        for (PassMarkMetrics.SpeciesRate entry : metrics.apcerPerSpecies()) {
            species.add(CampaignWords.get("summary.species", entry.species().label(), rateText(entry.rate())));
        }
        if (!species.isEmpty()) {
            parts.add(CampaignWords.get("summary.apcer", String.join(", ", species)));
        }
        if (parts.isEmpty()) {
            return CampaignWords.get("summary.noScenarios", metrics.passMark());
        }
        return CampaignWords.get("summary.line", metrics.passMark(), String.join(", ", parts));
    }

    /** "2/20 (10%)", "0/10", or "none scored yet". */
    public static String rateText(Rate rate) {
        if (!rate.isDefined()) {
            return CampaignWords.get("summary.noneScored");
        }
        return rate.errors() == 0 ? rate.countText()
                : CampaignWords.get("summary.rate", rate.countText(), rate.percentText());
    }

    /** What the metrics leave out, "Not counted: 2 in flight, 1 expired."; empty when everything counts. */
    public static String notCounted(CampaignEvaluation evaluation) {
        Map<SessionOutcome, Integer> totals = new EnumMap<>(SessionOutcome.class);
        for (ScenarioTally tally : evaluation.tallies()) {
            tally.counts().forEach((outcome, count) -> totals.merge(outcome, count, Integer::sum));
        }
        List<String> parts = new ArrayList<>();
        for (SessionOutcome outcome : SessionOutcome.values()) {
            int count = totals.getOrDefault(outcome, 0);
            if (outcome != SessionOutcome.SCORED && count > 0) {
                parts.add(CampaignWords.get("notCounted." + outcome.name(), count));
            }
        }
        if (evaluation.untagged() > 0) {
            parts.add(CampaignWords.get("notCounted.untagged", evaluation.untagged()));
        }
        return parts.isEmpty() ? "" : CampaignWords.get("notCounted", String.join(", ", parts));
    }

    /** "BPCER and worst APCER meet at pass mark 63.5 (12.5%)", or why they do not. */
    public static String crossingText(Sweep sweep) {
        return sweep.crossing().map(c -> c.fromMark() == c.toMark()
                        ? CampaignWords.get("crossing.at", markText(c.fromMark()), percent(c.rate()))
                        : CampaignWords.get("crossing.between", markText(c.fromMark()), markText(c.toMark()),
                                percent(c.rate())))
                .orElseGet(() -> CampaignWords.get(sweep.at(Sweep.LOWEST).bpcer().filter(Rate::isDefined).isPresent()
                        && sweep.at(Sweep.LOWEST).worst().isPresent() ? "crossing.none" : "crossing.noData"));
    }

    private static String markText(double mark) {
        return java.math.BigDecimal.valueOf(mark).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static String percent(double fraction) {
        return markText(fraction * 100) + "%";
    }
}
