package dev.livenessdesk.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;

/**
 * Gives the heap back once the user has left the window alone for a while. The desktop runs the serial collector,
 * which returns memory to the system only at a full collection, and an idle window runs none: after 300 sandbox
 * sessions the heap stayed committed at its largest (bench/README). One full collection after
 * {@link #QUIET_FOR} without a key or a click, and no more until the user comes back, gives it back while nobody
 * is looking (with -XX:-ShrinkHeapInSteps, all at once).
 */
public final class IdleMemoryGiveBack implements AutoCloseable {

    static final Duration QUIET_FOR = Duration.ofSeconds(45);
    private static final Duration LOOK_EVERY = Duration.ofSeconds(5);

    private final LongSupplier nanoTime;
    private final Runnable collect;
    private final Duration quietFor;
    private volatile long lastInput;
    private volatile boolean givenBack;
    private ScheduledExecutorService looker;

    IdleMemoryGiveBack(LongSupplier nanoTime, Runnable collect, Duration quietFor) {
        this.nanoTime = nanoTime;
        this.collect = collect;
        this.quietFor = quietFor;
        this.lastInput = nanoTime.getAsLong();
    }

    /** Watches the window's keys, clicks and scrolls, and looks every few seconds whether it has gone quiet. */
    public static IdleMemoryGiveBack watch(Window window) {
        IdleMemoryGiveBack giveBack = new IdleMemoryGiveBack(System::nanoTime, System::gc, QUIET_FOR);
        window.addEventFilter(InputEvent.ANY, event -> giveBack.inputSeen());
        giveBack.looker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "liveness-desk-idle-memory");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        giveBack.looker.scheduleWithFixedDelay(giveBack::look, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        return giveBack;
    }

    void inputSeen() {
        lastInput = nanoTime.getAsLong();
        givenBack = false;
    }

    /** Collects once the window has been quiet long enough, and not again until input comes and goes. */
    void look() {
        if (!givenBack && nanoTime.getAsLong() - lastInput >= quietFor.toNanos()) {
            givenBack = true;
            collect.run();
        }
    }

    @Override
    public void close() {
        if (looker != null) {
            looker.shutdownNow();
        }
    }
}
