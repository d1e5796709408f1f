package dev.livenessdesk.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** The benchmarks' one way to run work on the FX thread and wait for its value (a minute at most). */
final class BenchFx {

    private BenchFx() {
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work::get).get(60, TimeUnit.SECONDS);
    }
}
