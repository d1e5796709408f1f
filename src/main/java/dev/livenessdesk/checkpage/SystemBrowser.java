package dev.livenessdesk.checkpage;

import dev.livenessdesk.core.check.CheckWords;
import dev.livenessdesk.core.check.PageOpener;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Opens a page in the user's browser without JavaFX or AWT, for the desktop and the command line alike:
 * {@value #BROWSER_VARIABLE} when set (a command, e.g. "chromium --use-fake-device-for-media-stream", for QA
 * automation), then the system's opener ({@code xdg-open}, {@code open} on macOS, the Windows default). An opener
 * that is missing or ends with an error within a moment counts as not started, and the next is tried; when none
 * started, {@link #open} says which were tried. (AWT's Desktop.browse answers "Operation not supported" on Linux
 * desktops without GNOME's handler, while xdg-open works there.)
 */
public final class SystemBrowser implements PageOpener {

    public static final String BROWSER_VARIABLE = "LIVENESS_DESK_BROWSER";

    /** How long an opener may take to fail; one still running then (a browser it became) has started. */
    static final Duration FAILS_WITHIN = Duration.ofSeconds(3);

    private final Map<String, String> environment;
    private final List<List<String>> systemOpeners;
    private final Duration failsWithin;

    public SystemBrowser() {
        this(System.getenv(), openersFor(System.getProperty("os.name", "")), FAILS_WITHIN);
    }

    SystemBrowser(Map<String, String> environment, List<List<String>> systemOpeners, Duration failsWithin) {
        this.environment = environment;
        this.systemOpeners = systemOpeners;
        this.failsWithin = failsWithin;
    }

    /** The system's opener for an operating system's name. */
    static List<List<String>> openersFor(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return List.of(List.of("open"));
        }
        if (os.contains("win")) {
            return List.of(List.of("rundll32", "url.dll,FileProtocolHandler"));
        }
        return List.of(List.of("xdg-open"));
    }

    /** Blocks up to a few seconds per opener tried: call it off the FX thread. */
    @Override
    public void open(URI page) throws IOException {
        List<String> tried = new ArrayList<>();
        for (List<String> opener : openers()) {
            List<String> command = new ArrayList<>(opener);
            command.add(page.toString());
            String name = opener.get(0);
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(failsWithin.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() == 0) {
                    return;
                }
                tried.add(CheckWords.get("browser.ended", name, process.exitValue()));
            } catch (IOException missing) {
                tried.add(CheckWords.get("browser.notFound", name));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException(CheckWords.get("browser.none", String.join("; ", tried)), interrupted);
            }
        }
        throw new IOException(CheckWords.get("browser.none", String.join("; ", tried)));
    }

    /** The openers tried, in order: the user's choice first. */
    List<List<String>> openers() {
        List<List<String>> openers = new ArrayList<>();
        String chosen = environment.getOrDefault(BROWSER_VARIABLE, "").strip();
        if (!chosen.isEmpty()) {
            openers.add(List.of(chosen.split("\\s+")));
        }
        openers.addAll(systemOpeners);
        return openers;
    }
}
