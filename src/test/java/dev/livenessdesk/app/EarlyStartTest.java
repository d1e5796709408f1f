package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EarlyStartTest {

    @Test
    void theLoadRunsOnItsOwnThreadWhileTheCallerGoesOn() throws Exception {
        CountDownLatch callerWentOn = new CountDownLatch(1);
        AtomicReference<String> thread = new AtomicReference<>();
        EarlyStart<String> early = EarlyStart.begin(() -> {
            thread.set(Thread.currentThread().getName());
            try {
                callerWentOn.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "loaded";
        });

        callerWentOn.countDown();

        assertThat(early.await()).isEqualTo("loaded");
        assertThat(thread.get()).isEqualTo("liveness-desk-early-start");
    }

    @Test
    void aFailedLoadThrowsItsOwnExceptionAsIfItHadRunOnTheCaller() {
        UncheckedIOException failure = new UncheckedIOException("history unreadable", new java.io.IOException());
        EarlyStart<String> early = EarlyStart.begin(() -> {
            throw failure;
        });

        assertThatThrownBy(early::await).isSameAs(failure);
    }
}
