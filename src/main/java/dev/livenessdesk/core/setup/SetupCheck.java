package dev.livenessdesk.core.setup;

import java.util.Set;

/** One question of the checklist. Runs on a worker thread; blocking calls there are fine and interruptible. */
public interface SetupCheck {

    CheckId id();

    /** The rows whose findings this one builds on: it starts only after they are answered. */
    default Set<CheckId> needs() {
        return Set.of();
    }

    /** Answers the question; a failure the check did not foresee becomes "could not check" in the checker. */
    CheckResult run(SetupTarget target, Findings findings) throws InterruptedException;
}
