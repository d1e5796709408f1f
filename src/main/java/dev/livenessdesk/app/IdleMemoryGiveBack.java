package dev.livenessdesk.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;

/**
 * Gives the heap back once the user has left the window alone for a while. The desktop runs the serial collector,
 * which returns memory to the system only at a full collection, and an idle window runs none: after 300 sandbox
 * sessions the heap stayed committed at its largest (bench/README). One full collection after
 * {@link #QUIET_FOR} without a key or a click, and no more until the user comes back, gives it back while nobody
 * is looking (with -XX:-ShrinkHeapInSteps, all at once), the renderer's buffers with it.
 */
public final class IdleMemoryGiveBack implements AutoCloseable {

    static final Duration QUIET_FOR = Duration.ofSeconds(45);
    private static final Duration LOOK_EVERY = Duration.ofSeconds(5);
    private static final Duration FX_THREAD_WAIT = Duration.ofSeconds(10);
    private static final int DRAWN_ROUNDS = 2;

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
        IdleMemoryGiveBack giveBack = new IdleMemoryGiveBack(System::nanoTime, IdleMemoryGiveBack::giveBack,
                QUIET_FOR);
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

    /**
     * A full collection, then one tiny picture drawn and another collection, twice. JavaFX's renderer keeps each
     * picture's texture (in the software renderer, an int[] as large as the picture) in a weak map that lets go of
     * the texture only when the map is next used after the picture is gone: an idle window draws nothing, so the
     * first collection frees the pictures and their textures stayed (about 45 MB after 30 sessions, bench/README).
     * Drawing a 1-pixel picture off screen uses the map, and the next collection frees the textures. Their drawing
     * surfaces are held by the renderer's disposer until it next runs, which is only when something is drawn: the
     * second drawing and collection free those (14 MB of live heap after 60 sessions, bench/README). All run with
     * the heap's free room at its least (HeapFreeRoom), so what they free is given back, not kept.
     */
    private static void giveBack() {
        HeapFreeRoom.leastWhile(() -> collectAndDrain(System::gc, IdleMemoryGiveBack::drawnOnce));
    }

    /** Collects, then draws and collects twice; stops if a drawing does not happen (the FX thread is busy). */
    static void collectAndDrain(Runnable collect, BooleanSupplier drawOnce) {
        collect.run();
        for (int round = 0; round < DRAWN_ROUNDS; round++) {
            if (!drawOnce.getAsBoolean()) {
                return;
            }
            collect.run();
        }
    }

    /** One 1-pixel picture drawn off screen on the FX thread; false if the FX thread did not get to it in time. */
    private static boolean drawnOnce() {
        CountDownLatch drawn = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                new ImageView(new WritableImage(1, 1)).snapshot(null, null);
            } finally {
                drawn.countDown();
            }
        });
        try {
            return drawn.await(FX_THREAD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (looker != null) {
            looker.shutdownNow();
        }
    }
}
