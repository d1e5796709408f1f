package dev.livenessdesk.testsupport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in a view test for what the app does on its own threads: the FX thread catches up before each look, so
 * the condition sees what a user would see. The bound only guards a test that would hang; nothing is timed.
 */
public final class FxWait {

    private FxWait() {
    }

    public static void until(long seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
