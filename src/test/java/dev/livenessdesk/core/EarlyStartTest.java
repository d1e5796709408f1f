package dev.livenessdesk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    void theWorkIsDoneBeforeAnyoneAsksAndOnlyOnce() throws Exception {
        CountDownLatch built = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        EarlyStart<String> early = EarlyStart.begin(() -> {
            builds.incrementAndGet();
            built.countDown();
            return "backend";
        });

        assertThat(built.await(10, TimeUnit.SECONDS)).as("done without anyone asking").isTrue();
        assertThat(early.get()).isEqualTo("backend");
        assertThat(early.get()).isEqualTo("backend");
        assertThat(builds).hasValue(1);
    }

    @Test
    void aSupplierCallerGetsTheLoadsOwnExceptionToo() {
        IllegalArgumentException refused = new IllegalArgumentException("the profile file cannot be read");
        EarlyStart<String> early = EarlyStart.begin(() -> {
            throw refused;
        });

        assertThatThrownBy(early::get).isSameAs(refused);
    }
}
