package dev.livenessdesk.bench;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.app.DesktopServices;
import dev.livenessdesk.app.DesktopWindow;
import dev.livenessdesk.app.IdleMemoryGiveBack;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.testsupport.FxWait;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: how long the FX thread is ever busy at a stretch during a scripted run of the desktop app in the
 * sandbox (create, follow to a result with images, the viewer with 5 thumbnails, paging the sessions, the
 * history, the Activity tab's find, the Review tab labelling five sessions by key). With
 * {@code -Dbench.idleSeconds=N} it then idles N seconds and prints the resident memory before and after. A watchdog thread asks the FX thread for a no-op every 5 ms and records how long each took to run:
 * the longest wait is the longest stall a user could feel. The reference, measured in the same run first, is the
 * same watchdog on an idle window. Target: no stall over 50 ms.
 */
public final class FxStallBench {

    private static final long PROBE_EVERY_MS = 5;
    private static final String OPEN_WINDOW = "open the main window (start-up)";
    private static final String AFTER_WINDOW = "the first seconds after it shows";

    private FxStallBench() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Stage stage = FxToolkit.registerPrimaryStage();
        stopTestFxKeepingEveryEvent();
        Path data = Files.createTempDirectory("fx-stall-bench");
        SandboxBackend backend = new SandboxBackend();
        FxTaskRunner tasks = new FxTaskRunner(4);
        FxRobot robot = new FxRobot();
        Watchdog watchdog = new Watchdog();
        Memory memory = new Memory();
        watchdog.start();
        try {
            FxToolkit.setupFixture(() -> stage.setWidth(1180));
            watchdog.phase("idle window (reference)");
            Thread.sleep(2000);

            watchdog.phase(OPEN_WINDOW);
            FxToolkit.setupStage(s -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                DesktopWindow window = new DesktopWindow(s, new DesktopServices(backend,
                        new JsonPreferencesStore(data.resolve("preferences.json")),
                        new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC()), tasks, page -> { },
                        false));
                window.show();
                // As LivenessDeskApp does: a full collection once the window is left alone.
                IdleMemoryGiveBack.watch(s);
            });
            // The tabs behind the first are built (and the history's rows made) in the frames after the first.
            watchdog.phase(AFTER_WINDOW);
            settle();
            Thread.sleep(1500);

            for (int i = 0; i < sessions; i++) {
                watchdog.phase(i == 0 ? "create the first session" : "create a session (2nd on)");
                if (i == 0) {
                    robot.clickOn("#bucketField").write("qa-liveness-bench");
                    robot.clickOn("#prefixField").write("stall/");
                    robot.interact(() -> robot.lookup("#auditSpinner").queryAs(Spinner.class).getValueFactory()
                            .setValue(4));
                }
                create(robot);
                watchdog.phase(i == 0 ? "follow the first to its images" : "follow to images (2nd on)");
                robot.clickOn("#simulateLiveButton");
                FxWait.until(60, () -> "SUCCEEDED".equals(text(robot, "#statusBadge")));
                settle();
            }

            watchdog.phase("the viewer with 5 thumbnails");
            robot.clickOn("#imagesTab");
            FxWait.until(60, () -> robot.lookup("#grid").tryQuery().isPresent());
            GridView<?> grid = robot.lookup("#grid").queryAs(GridView.class);
            FxWait.until(60, () -> grid.getItems().size() == 5);
            settle();

            watchdog.phase("page through the sessions");
            ListView<?> list = robot.lookup("#sessionsList").queryAs(ListView.class);
            FxWait.until(60, () -> list.getItems().size() >= 1);
            for (int i = 0; i < list.getItems().size() && i < 10; i++) {
                int row = i;
                robot.interact(() -> list.getSelectionModel().select(row));
                settle();
            }
            robot.lookup("#loadMoreButton").tryQuery().filter(Node::isVisible).ifPresent(robot::clickOn);
            settle();

            watchdog.phase("open the history");
            robot.clickOn("#historyTab");
            FxWait.until(60, () -> robot.lookup("#historyTable").tryQuery().isPresent());
            TableView<?> table = robot.lookup("#historyTable").queryAs(TableView.class);
            FxWait.until(60, () -> table.getItems().size() >= sessions);
            settle();

            // Each tab's first opening builds its first rows and cells; a later one takes only what changed.
            watchdog.phase("create and follow once more");
            robot.clickOn("#resultsTab");
            settle();
            create(robot);
            robot.clickOn("#simulateLiveButton");
            FxWait.until(60, () -> "SUCCEEDED".equals(text(robot, "#statusBadge")));
            settle();
            watchdog.phase("open the viewer again");
            robot.clickOn("#imagesTab");
            settle();
            watchdog.phase("open the history again");
            robot.clickOn("#historyTab");
            FxWait.until(60, () -> table.getItems().size() >= sessions + 1);
            settle();

            // The tabs added since: Activity (the sandbox's day of CloudTrail sessions) and Review (label a few
            // of the sessions just made, by key, as a tester does), each opened a second time too.
            watchdog.phase("the Activity tab: open and find");
            findActivity(robot);
            watchdog.phase("the Review tab: open, label 5 by key");
            review(robot, 5);
            watchdog.phase("the Activity tab again");
            findActivity(robot);
            watchdog.phase("the Review tab again");
            robot.clickOn("#reviewTab .tab-label");
            settle();
            memory.print("at the end of the run", sessions);
            long idle = Long.getLong("bench.idleSeconds", 0);
            if (idle > 0) {
                watchdog.phase("idle after the run");
                robot.clickOn("#resultsTab");
                Thread.sleep(idle * 1000);
                memory.print("after " + idle + " s idle", sessions);
            }
        } finally {
            watchdog.stop();
            tasks.close();
            backend.close();
            FxToolkit.cleanupStages();
        }
        double reference = watchdog.longest.getOrDefault("idle window (reference)", 0.0);
        double worst = 0;
        for (Map.Entry<String, Double> entry : watchdog.longest.entrySet()) {
            System.out.printf(Locale.ROOT, "  longest FX-thread stall %-32s %6.1f ms  (FX thread on a CPU %5.1f ms of it)%n",
                    entry.getKey(), entry.getValue(), watchdog.longestOnCpu.getOrDefault(entry.getKey(), 0.0));
            // Building the window, and the tabs behind it in the frames after, is start-up (bench/startup); the
            // scripted run is what follows. Both are printed above.
            if (!entry.getKey().startsWith("idle") && !entry.getKey().equals("start")
                    && !entry.getKey().equals(OPEN_WINDOW) && !entry.getKey().equals(AFTER_WINDOW)) {
                worst = Math.max(worst, entry.getValue());
            }
        }
        watchdog.printStacks();
        System.out.printf(Locale.ROOT, "longest stall of the scripted run: %.1f ms; idle reference %.1f ms; "
                + "ratio to the 50 ms target: %.2f; to the idle reference: %.1f%n", worst, reference, worst / 50,
                reference > 0 ? worst / reference : Double.NaN);
        Platform.exit();
        System.exit(0);
    }

    /** Create on the form; the form folds away after a create, so "New session" brings it back first. */
    private static void create(FxRobot robot) throws Exception {
        robot.lookup("#newSessionButton").tryQuery().filter(Node::isVisible).ifPresent(robot::clickOn);
        FxWait.until(60, () -> robot.lookup("#createButton").tryQuery().filter(Node::isVisible).isPresent());
        robot.clickOn("#createButton");
        FxWait.until(60, () -> "CREATED".equals(text(robot, "#statusBadge")));
    }

    private static void findActivity(FxRobot robot) throws Exception {
        robot.clickOn("#activityTab");
        FxWait.until(60, () -> robot.lookup("#findButton").tryQuery().isPresent());
        settle();
        robot.clickOn("#findButton");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        FxWait.until(60, () -> !robot.lookup("#findButton").query().isDisabled() && !table.getItems().isEmpty());
        settle();
    }

    /** The review queue (the history's newest), {@code labels} sessions labelled "live" by key. */
    private static void review(FxRobot robot, int labels) throws Exception {
        robot.clickOn("#reviewTab .tab-label");
        FxWait.until(60, () -> robot.lookup("#reviewerField").tryQuery().isPresent());
        settle();
        robot.doubleClickOn("#reviewerField").eraseText(40).write("bench");
        robot.press(KeyCode.ALT, KeyCode.Q).release(KeyCode.Q, KeyCode.ALT);
        FxWait.until(60, () -> text(robot, "#reviewPositionLabel").startsWith("Session 1 of"));
        settle();
        for (int at = 2; at <= labels + 1; at++) {
            String next = "Session " + at + " of";
            robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
            FxWait.until(60, () -> text(robot, "#reviewPositionLabel").startsWith(next)
                    || text(robot, "#reviewStatusLabel").startsWith("The queue is done"));
            settle();
        }
    }

    /** The process's resident memory (from /proc, Linux) and the Java heap, printed at a point of the run. */
    private static final class Memory {
        void print(String when, int sessions) {
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "memory %s (%d sessions): resident %s MB, heap used %.1f MB of %.1f MB "
                    + "committed%n", when, sessions, residentMb(), (runtime.totalMemory() - runtime.freeMemory()) / 1e6,
                    runtime.totalMemory() / 1e6);
        }

        private static String residentMb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                return "?";
            }
            return "?";
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Labeled) node).getText()).orElse("");
    }

    /**
     * TestFX keeps every event fired at its registered stage for as long as the JVM lives (FxToolkitContext's
     * FiredEvents). Over 300 sessions that was 100,000 mouse events, each holding the node it hit, so removed
     * nodes and their pictures stayed: memory the app itself never keeps. It has no public switch.
     */
    private static void stopTestFxKeepingEveryEvent() throws ReflectiveOperationException {
        java.lang.reflect.Field firedEvents = org.testfx.api.FxToolkitContext.class.getDeclaredField("firedEvents");
        firedEvents.setAccessible(true);
        Object recording = firedEvents.get(FxToolkit.toolkitContext());
        if (recording instanceof org.testfx.service.support.FiredEvents events) {
            events.stopStoringFiredEvents();
            events.clearEvents();
        }
    }

    /** Lets the work a step started finish before the next, so each phase owns its own stalls. */
    private static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Kept in a class of its own so a runtime without java.management never loads it. */
    private static final class ThreadCpu {
        static long nanos(long threadId) {
            return Math.max(0, java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(threadId));
        }
    }

    /** Posts a no-op to the FX thread every few ms and keeps, per phase, the longest time one took to run. */
    private static final class Watchdog implements Runnable {
        final Map<String, Double> longest = new LinkedHashMap<>();
        /** How much of each phase's longest stall the FX thread spent running (the rest it waited or was not scheduled). */
        final Map<String, Double> longestOnCpu = new LinkedHashMap<>();
        /** A runtime without java.management (the app image before HeapFreeRoom) measures no CPU share: -1. */
        private final java.util.function.LongUnaryOperator cpuTimeOf = ModuleLayer.boot()
                .findModule("java.management").isPresent() ? ThreadCpu::nanos : id -> -1_000_000;
        private volatile String phase = "start";
        private volatile boolean running = true;
        private final Thread thread = new Thread(this, "fx-stall-watchdog");

        /** With -Dbench.stallStacks=true: what the FX thread was doing while a probe waited, by phase. */
        private static final boolean STACKS = Boolean.getBoolean("bench.stallStacks");
        private static final double STALL_SAMPLE_AFTER_MS = 20;
        /** With -Dbench.phaseTimes=true: each phase's start on the wall clock. */
        private static final boolean PHASE_TIMES = Boolean.getBoolean("bench.phaseTimes");
        private final Map<String, Map<String, Integer>> stacks = new LinkedHashMap<>();
        private volatile Thread fxThread;

        void start() {
            Platform.runLater(() -> fxThread = Thread.currentThread());
            thread.setDaemon(true);
            thread.start();
        }

        private long fxCpuNanos() {
            Thread fx = fxThread;
            return fx == null ? 0 : cpuTimeOf.applyAsLong(fx.getId());
        }

        /** One sample of the FX thread's stack: its top frames, plus the first of the app's own frames. */
        private void sample(String at) {
            Thread fx = fxThread;
            if (fx == null) {
                return;
            }
            StackTraceElement[] frames = fx.getStackTrace();
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < Math.min(4, frames.length); i++) {
                key.append(i == 0 ? "" : " < ").append(frames[i].getClassName()).append('.')
                        .append(frames[i].getMethodName());
            }
            for (StackTraceElement frame : frames) {
                if (frame.getClassName().startsWith("dev.livenessdesk")) {
                    key.append("  [app: ").append(frame.getClassName()).append('.').append(frame.getMethodName())
                            .append(':').append(frame.getLineNumber()).append(']');
                    break;
                }
            }
            synchronized (stacks) {
                stacks.computeIfAbsent(at, p -> new LinkedHashMap<>()).merge(key.toString(), 1, Integer::sum);
            }
        }

        /** The most frequent stall samples of each phase (5 ms apart), when they were taken. */
        void printStacks() {
            synchronized (stacks) {
                stacks.forEach((at, counts) -> {
                    System.out.printf(Locale.ROOT, "  stall samples in %s (5 ms each):%n", at);
                    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                            .limit(8).forEach(e -> System.out.printf(Locale.ROOT, "    %4d  %s%n", e.getValue(),
                                    e.getKey()));
                });
            }
        }

        void phase(String name) {
            phase = name;
            if (PHASE_TIMES) {
                // For lining a profiler's samples up with the phases (bench/README, "profiling a stall").
                System.out.printf(Locale.ROOT, "phase %s at %d%n", name, System.currentTimeMillis());
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(2000);
        }

        @Override
        public void run() {
            while (running) {
                String at = phase;
                CountDownLatch ran = new CountDownLatch(1);
                long cpuBefore = fxCpuNanos();
                long start = System.nanoTime();
                Platform.runLater(ran::countDown);
                try {
                    while (!ran.await(PROBE_EVERY_MS, TimeUnit.MILLISECONDS)) {
                        if (STACKS && (System.nanoTime() - start) / 1e6 > STALL_SAMPLE_AFTER_MS) {
                            sample(at);
                        }
                    }
                    double waited = (System.nanoTime() - start) / 1e6;
                    long cpuAfter = fxCpuNanos();
                    double onCpu = cpuAfter < 0 ? -1 : (cpuAfter - cpuBefore) / 1e6;
                    synchronized (longest) {
                        if (waited > longest.getOrDefault(at, -1.0)) {
                            longest.put(at, waited);
                            longestOnCpu.put(at, onCpu);
                        }
                    }
                    Thread.sleep(PROBE_EVERY_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
