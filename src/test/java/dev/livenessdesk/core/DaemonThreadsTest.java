package dev.livenessdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class DaemonThreadsTest {

    @Test
    void namedThreadsAllCarryTheNameAndNeverKeepTheProcessAlive() {
        ThreadFactory factory = DaemonThreads.named("aws-call");
        Thread first = factory.newThread(() -> { });
        Thread second = factory.newThread(() -> { });

        assertThat(first.getName()).isEqualTo("aws-call");
        assertThat(second.getName()).isEqualTo("aws-call");
        assertThat(first.isDaemon()).isTrue();
        assertThat(second.isDaemon()).isTrue();
    }

    @Test
    void numberedThreadsAreCountedInTheOrderTheyAreMade() {
        ThreadFactory factory = DaemonThreads.numbered("liveness-desk-worker");

        assertThat(factory.newThread(() -> { }).getName()).isEqualTo("liveness-desk-worker-1");
        Thread second = factory.newThread(() -> { });
        assertThat(second.getName()).isEqualTo("liveness-desk-worker-2");
        assertThat(second.isDaemon()).isTrue();
        assertThat(DaemonThreads.numbered("setup-check").newThread(() -> { }).getName())
                .as("each factory counts its own").isEqualTo("setup-check-1");
    }
}
