package dev.livenessdesk.core.verdict;

import java.util.Arrays;
import java.util.Optional;

/**
 * Pass marks with a meaning, after AWS's AI Service Card for Face Liveness: a moderate mark (50-60) suits
 * presentation attacks, a high one (80-90) digital injection and deepfakes. Choosing the mark stays the user's.
 */
public enum PassMarkPreset {
    PRESENTATION_ATTACKS(60),
    INJECTION_AND_DEEPFAKES(85);

    private final int mark;

    PassMarkPreset(int mark) {
        this.mark = mark;
    }

    /** The confidence, 0..100, a check must reach under this preset. */
    public int mark() {
        return mark;
    }

    /** "Presentation attacks (60)". */
    public String label() {
        return VerdictWords.get("preset." + name() + ".label", mark);
    }

    /** The short name the verdict uses: "Presentation attacks". */
    public String shortName() {
        return VerdictWords.get("preset." + name() + ".name");
    }

    /** One line on what this mark guards against and what it costs. */
    public String guardsAgainst() {
        return VerdictWords.get("preset." + name() + ".line");
    }

    /** The preset whose mark this is; empty for a mark of the user's own. */
    public static Optional<PassMarkPreset> matching(int mark) {
        return Arrays.stream(values()).filter(preset -> preset.mark == mark).findFirst();
    }

    /** The line for any mark, a preset's or the user's own: what it guards against in AWS's terms. */
    public static String lineFor(int mark) {
        return matching(mark).map(PassMarkPreset::guardsAgainst).orElseGet(() -> VerdictWords.get(
                "preset.own." + ownMarkRange(mark), mark));
    }

    private static String ownMarkRange(int mark) {
        if (mark < 50) {
            return "low";
        } else if (mark <= 60) {
            return "moderate";
        } else if (mark < 80) {
            return "between";
        } else if (mark <= 90) {
            return "high";
        }
        return "strict";
    }
}
