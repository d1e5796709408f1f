package dev.livenessdesk.core.session;

/** Whether a check's confidence reaches the user's pass mark; NONE until a check ran to the end with a score. */
public enum Verdict {
    NONE, PASS, FAIL;

    /** @param passMark the confidence, 0 to 100, a check must reach to pass */
    public static Verdict of(SessionResults results, int passMark) {
        if (results == null || results.status() != SessionStatus.SUCCEEDED || results.confidence().isEmpty()) {
            return NONE;
        }
        return results.confidence().get() >= passMark ? PASS : FAIL;
    }
}
