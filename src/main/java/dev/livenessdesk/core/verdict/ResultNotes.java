package dev.livenessdesk.core.verdict;

import dev.livenessdesk.core.session.ReturnedImages;
import dev.livenessdesk.core.session.SessionResults;
import java.util.Optional;

/**
 * The lines beside a score that a support person reads out: why it scored so, who ran the check, and what came
 * back. Pure words, so the desktop app and the command line say the same.
 */
public final class ResultNotes {

    private ResultNotes() {
    }

    /** "AmplifyUI-React (reported by the client)"; empty when no client was named. */
    public static Optional<String> client(SessionResults results) {
        return results.clientSdk().map(client -> VerdictWords.get("client.line", client));
    }

    /** "2 of 4 requested (best effort ...)", "4 of 4 requested", "2", or "none requested"; empty before a check ran. */
    public static Optional<String> auditImages(SessionResults results, ReturnedImages returned) {
        if (!results.status().isFinal() && returned.auditReceived() == 0) {
            return Optional.empty();
        }
        int received = returned.auditReceived();
        if (returned.auditRequested().isEmpty()) {
            return Optional.of(VerdictWords.get("audits.count", received));
        }
        int requested = returned.auditRequested().getAsInt();
        if (requested == 0 && received == 0) {
            return Optional.of(VerdictWords.get("audits.noneRequested"));
        }
        return Optional.of(VerdictWords.get(returned.fewerAuditsThanRequested() ? "audits.fewer" : "audits.all",
                received, requested));
    }

    /** "No reference image: ask for the check again."; empty when there is one or the check has not run. */
    public static Optional<String> referenceMissing(ReturnedImages returned) {
        return returned.referenceMissing() ? Optional.of(VerdictWords.get("reference.missing")) : Optional.empty();
    }

    /** The line above the feedback chips: how many things lowered the score, or that no reason was given. */
    public static Optional<String> feedbackHeading(SessionResults results, Optional<ScoreAgainstMark> verdict) {
        int count = results.feedback().size();
        if (count > 0) {
            return Optional.of(VerdictWords.get("feedback.heading", count));
        }
        return verdict.filter(v -> !v.passed()).map(v -> VerdictWords.get("feedback.noneGiven"));
    }

    /** The line below the chips when the check failed: fix these, then a new session (ids are single-use). */
    public static Optional<String> feedbackNextStep(SessionResults results, Optional<ScoreAgainstMark> verdict) {
        int count = results.feedback().size();
        return verdict.filter(v -> !v.passed() && count > 0)
                .map(v -> VerdictWords.get("feedback.nextStep", count));
    }
}
