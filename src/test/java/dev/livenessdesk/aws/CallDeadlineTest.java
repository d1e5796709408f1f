package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallDeadlineTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aCancelThatComesWithTheAnswerStillCancels() {
        // The user's cancel (an interrupt of the waiting thread) and the answer arrive together. Whichever the
        // waiting thread sees first, the call ends as cancelled; before, it sometimes returned the answer.
        Thread caller = Thread.currentThread();
        for (int i = 0; i < 300; i++) {
            assertThatThrownBy(() -> CallDeadline.run(() -> {
                caller.interrupt();
                return "answer";
            }, Duration.ofSeconds(5))).as("round %d", i).isInstanceOf(CallDeadline.Cancelled.class);
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
        }
    }

    @Test
    void anAnswerWithoutCancelIsReturned() throws Exception {
        assertThat(CallDeadline.run(() -> "answer", Duration.ofSeconds(5))).isEqualTo("answer");
    }
}
