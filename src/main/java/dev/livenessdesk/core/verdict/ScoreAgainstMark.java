package dev.livenessdesk.core.verdict;

import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import java.util.Optional;

/**
 * A check's score against the user's pass mark, naming the preset the mark belongs to. Only a check that ran to
 * the end (SUCCEEDED, with a confidence) has one.
 *
 * @param score    the confidence, 0..100
 * @param passMark the confidence a check must reach, 0..100
 */
public record ScoreAgainstMark(float score, int passMark) {

    /** The verdict of these results at this pass mark; empty until the check has run. */
    public static Optional<ScoreAgainstMark> of(SessionResults results, int passMark) {
        if (results == null || results.status() != SessionStatus.SUCCEEDED) {
            return Optional.empty();
        }
        return results.confidence().map(score -> new ScoreAgainstMark(score, passMark));
    }

    public boolean passed() {
        return score >= passMark;
    }

    /** The preset whose mark is in use; empty for a mark of the user's own. */
    public Optional<PassMarkPreset> preset() {
        return PassMarkPreset.matching(passMark);
    }

    /** "FAIL: 41.5 is below the pass mark of 60 (Presentation attacks)". */
    public String text() {
        String outcome = passed() ? "pass" : "fail";
        return preset().map(preset -> VerdictWords.get("verdict." + outcome + ".preset", score, passMark,
                        preset.shortName()))
                .orElseGet(() -> VerdictWords.get("verdict." + outcome + ".own", score, passMark));
    }
}
