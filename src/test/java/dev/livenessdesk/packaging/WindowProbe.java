package dev.livenessdesk.packaging;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the desktop launcher in the sandbox and waits for its window named "Liveness Desk"; then keeps it open for
 * the given seconds (an AOT training run needs the drawn window) and closes it. Exit 0 when the window showed.
 * Run inside the display it looks at (under xvfb-run on Linux). Arguments: launcher, log file, seconds to keep.
 */
public final class WindowProbe {

    private WindowProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]);
        Path log = Path.of(args[1]);
        int keepSeconds = Integer.parseInt(args[2]);
        ProcessBuilder builder = new ProcessBuilder(launcher.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("LIVENESS_DESK_SANDBOX", "1");
        Process app = builder.start();
        PackagingOs os = PackagingOs.current();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                System.out.println("the app exited (" + app.exitValue() + "), see " + log);
                System.exit(1);
            }
            if (windowShown(os, app)) {
                System.out.println("window shown");
                Thread.sleep(TimeUnit.SECONDS.toMillis(keepSeconds));
                app.destroy();
                if (!app.waitFor(20, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
                System.exit(0);
            }
            Thread.sleep(200);
        }
        System.out.println("no window after 60 s, see " + log);
        app.destroyForcibly();
        System.exit(1);
    }

    /**
     * Whether a top-level window titled "Liveness Desk..." exists: xwininfo on Linux, tasklist's window titles on
     * Windows. macOS has no tool that lists windows without an accessibility grant, so there the launcher staying
     * up for 15 s (the window is built within 5 s on a runner) stands for it.
     */
    static boolean windowShown(PackagingOs os, Process app) throws Exception {
        return switch (os) {
            case LINUX -> Commands.run(List.of("xwininfo", "-root", "-tree"), java.util.Map.of(),
                    java.time.Duration.ofSeconds(10)).out().contains("\"Liveness Desk");
            case WINDOWS -> Commands.run(List.of("tasklist", "/V", "/FO", "CSV", "/FI", "WINDOWTITLE eq Liveness Desk*"),
                    java.util.Map.of(), java.time.Duration.ofSeconds(20)).out().contains("Liveness Desk");
            case MAC -> {
                Thread.sleep(15_000);
                yield app.isAlive();
            }
        };
    }
}
