package dev.livenessdesk.core.verdict;

import dev.livenessdesk.core.session.FeedbackCode;
import dev.livenessdesk.core.session.FeedbackItem;

/**
 * Words a support person can act on for each feedback code: a short name ("Low lighting") and what to ask the
 * person doing the check. Chosen by the code, never by the service's message, which AWS may reword; a code newer
 * than this app reads as sent, with the service's message.
 */
public final class FeedbackAdvice {

    private FeedbackAdvice() {
    }

    /** "Low lighting"; the raw code for one this app does not know. */
    public static String title(FeedbackItem item) {
        FeedbackCode kind = item.kind();
        return kind == FeedbackCode.UNKNOWN ? item.code() : VerdictWords.get("feedback." + kind.name() + ".title");
    }

    /** The short name of a code as kept without its message (the history): "Low lighting", or the raw code. */
    public static String title(String code) {
        return title(new FeedbackItem(code, ""));
    }

    /**
     * Several kept codes in the one vocabulary every screen and report uses: "Poor video, Low lighting" (a code this
     * app does not know reads as sent). Where there is room, the codes themselves go in a tooltip.
     */
    public static String titles(java.util.List<String> codes) {
        return String.join(", ", codes.stream().map(FeedbackAdvice::title).toList());
    }

    /** What to do about it: "ask the person to face a light source, not a window behind them". */
    public static String advice(FeedbackItem item) {
        FeedbackCode kind = item.kind();
        if (kind != FeedbackCode.UNKNOWN) {
            return VerdictWords.get("feedback." + kind.name() + ".advice");
        }
        return item.message().isBlank() ? VerdictWords.get("feedback.UNKNOWN.advice")
                : VerdictWords.get("feedback.UNKNOWN.adviceWithMessage", item.message().strip());
    }

    /** The whole line: "Low lighting: ask the person to face a light source, not a window behind them". */
    public static String line(FeedbackItem item) {
        return VerdictWords.get("feedback.line", title(item), advice(item));
    }
}
