package dev.livenessdesk.core.erasure;

import java.util.List;

/**
 * What a user must type back before anything is deleted, so a slip cannot confirm: a session's first 8
 * characters for an erasure, the first session's first 8 characters for a purge, and for a purge of a whole
 * bucket the words "every session folder" as well.
 */
public final class TypedConfirmation {

    public static final int LENGTH = 8;
    public static final String WHOLE_BUCKET_WORDS = "every session folder";

    private TypedConfirmation() {
    }

    /** What the user has to type for this plan. */
    public static String expected(ErasurePlan plan) {
        List<String> sample = plan.kind() == ErasurePlan.Kind.ERASE ? plan.sessionIds() : plan.sample();
        String start = sample.isEmpty() ? "" : sample.get(0).substring(0, LENGTH);
        return plan.kind() == ErasurePlan.Kind.PURGE && plan.wholeBucket() ? WHOLE_BUCKET_WORDS + " " + start : start;
    }

    /** True when the typed text is what the plan asks for, ignoring surrounding spaces and case. */
    public static boolean matches(ErasurePlan plan, String typed) {
        String wanted = expected(plan);
        return !wanted.isEmpty() && typed != null && typed.strip().equalsIgnoreCase(wanted);
    }
}
