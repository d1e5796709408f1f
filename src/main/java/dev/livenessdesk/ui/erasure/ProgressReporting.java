package dev.livenessdesk.ui.erasure;

import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.erasure.ErasureProgress;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.ui.common.TaskContext;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/** An eraser whose progress goes to the dialog's bar and words, whatever progress its caller passed. */
final class ProgressReporting {

    private final Eraser eraser;
    private final ErasureProgress progress;

    ProgressReporting(Eraser eraser, TaskContext context) {
        this.eraser = eraser;
        this.progress = (settled, total, note) -> {
            context.updateProgress(settled, Math.max(1, total));
            context.updateMessage(note.isEmpty() ? ErasureWords.get("progress", settled, total) : note);
        };
    }

    Eraser.Outcome run(ErasurePlan plan, boolean receiptInBucket, ErasureProgress ignored, BooleanSupplier stop)
            throws ServiceException, IOException {
        return eraser.run(plan, receiptInBucket, progress, stop);
    }

    Eraser.Outcome resume(String runId, boolean receiptInBucket, ErasureProgress ignored, BooleanSupplier stop)
            throws ServiceException, IOException {
        return eraser.resume(runId, receiptInBucket, progress, stop);
    }
}
