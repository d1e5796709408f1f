package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdleMemoryGiveBackTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger collections = new AtomicInteger();
    private final IdleMemoryGiveBack giveBack = new IdleMemoryGiveBack(now::get, collections::incrementAndGet,
            Duration.ofSeconds(45));

    @Test
    void collectsOnceTheWindowHasBeenQuietLongEnoughAndThenNotAgain() {
        pass(Duration.ofSeconds(44));
        giveBack.look();
        assertThat(collections).as("44 s quiet").hasValue(0);

        pass(Duration.ofSeconds(1));
        giveBack.look();
        assertThat(collections).as("45 s quiet").hasValue(1);

        pass(Duration.ofMinutes(10));
        giveBack.look();
        assertThat(collections).as("still quiet: nothing new to give back").hasValue(1);
    }

    @Test
    void theUserComingBackStartsTheQuietAgain() {
        pass(Duration.ofSeconds(50));
        giveBack.look();
        assertThat(collections).hasValue(1);

        giveBack.inputSeen();
        pass(Duration.ofSeconds(30));
        giveBack.look();
        assertThat(collections).as("30 s after a click").hasValue(1);

        pass(Duration.ofSeconds(15));
        giveBack.look();
        assertThat(collections).as("45 s after it").hasValue(2);
    }

    @Test
    void aUserAtWorkIsNeverInterrupted() {
        for (int second = 0; second < 600; second += 10) {
            giveBack.inputSeen();
            pass(Duration.ofSeconds(10));
            giveBack.look();
        }
        assertThat(collections).hasValue(0);
    }

    @Test
    void theGiveBackDrawsBetweenCollectionsSoTheRendererLetsGoOfWhatEachFreed() {
        List<String> steps = new ArrayList<>();
        IdleMemoryGiveBack.collectAndDrain(() -> steps.add("collect"), () -> steps.add("draw"));

        // The first drawing lets go of the textures of the pictures the first collection freed; the second lets the
        // renderer's disposer let go of their drawing surfaces, which the second collection freed.
        assertThat(steps).containsExactly("collect", "draw", "collect", "draw", "collect");
    }

    @Test
    void aFxThreadTooBusyToDrawEndsTheGiveBack() {
        List<String> steps = new ArrayList<>();
        IdleMemoryGiveBack.collectAndDrain(() -> steps.add("collect"), () -> {
            steps.add("draw, not in time");
            return false;
        });

        assertThat(steps).containsExactly("collect", "draw, not in time");
    }

    private void pass(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
