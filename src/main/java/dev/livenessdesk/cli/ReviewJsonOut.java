package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.WireTime;
import dev.livenessdesk.core.campaign.Rate;
import dev.livenessdesk.core.review.LabelFigures;
import dev.livenessdesk.core.review.QualityFlag;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewLedger;
import dev.livenessdesk.core.review.ReviewerAgreement;

/**
 * Reviews, agreement and label figures as envelope data: labels and flags by their wire names, times in whole
 * seconds UTC, rates as fractions with the counts they come from; kappa absent where it is undefined.
 */
final class ReviewJsonOut {

    private ReviewJsonOut() {
    }

    static void reviews(ArrayNode list, ReviewLedger ledger) {
        for (Review review : ledger.all()) {
            ObjectNode node = list.addObject();
            node.put("session_id", review.sessionId());
            node.put("label", review.label().wireName());
            ArrayNode flags = node.putArray("flags");
            review.flags().stream().map(QualityFlag::wireName).forEach(flags::add);
            review.note().ifPresent(note -> node.put("note", note));
            node.put("reviewer", review.reviewer());
            node.put("at", WireTime.of(review.at()));
            node.put("round", review.round().wireName());
        }
    }

    static void agreement(ArrayNode list, ReviewLedger ledger) {
        for (ReviewerAgreement pair : ReviewerAgreement.perPair(ledger)) {
            ObjectNode node = list.addObject().put("first", pair.first()).put("second", pair.second())
                    .put("sessions", pair.count()).put("agree", pair.agreed());
            pair.kappa().ifPresent(kappa -> node.put("kappa", Math.round(kappa * 1000) / 1000.0));
        }
    }

    static void figures(ObjectNode node, LabelFigures figures) {
        node.put("pass_mark", figures.passMark()).put("labelled", figures.labelled())
                .put("disputed", figures.disputed()).put("cannot_tell", figures.undecided())
                .put("not_reviewed", figures.unreviewed())
                .put("rejected_but_labelled_live", figures.rejectedButLive())
                .put("unlike_scenario", figures.unlikeScenario());
        ArrayNode accepted = node.putArray("accepted_but_labelled_attack");
        figures.acceptedButAttack().forEach((species, count) -> accepted.addObject()
                .put("species", species.wireName()).put("sessions", count));
        figures.bpcer().ifPresent(bpcer -> rate(node.putObject("bpcer"), bpcer));
        ArrayNode apcer = node.putArray("apcer");
        figures.apcer().forEach((species, rate) -> rate(apcer.addObject().put("species", species.wireName()), rate));
    }

    private static void rate(ObjectNode node, Rate rate) {
        node.put("errors", rate.errors()).put("decided", rate.scored());
        rate.fraction().ifPresent(fraction -> node.put("rate", fraction));
    }
}
