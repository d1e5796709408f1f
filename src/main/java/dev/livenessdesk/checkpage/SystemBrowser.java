package dev.livenessdesk.checkpage;

import dev.livenessdesk.core.check.PageOpener;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opens a page in the user's browser without JavaFX or AWT: {@value #BROWSER_VARIABLE} when set (a command, e.g.
 * "chromium --use-fake-device-for-media-stream", for QA automation), else the system's opener.
 */
public final class SystemBrowser implements PageOpener {

    public static final String BROWSER_VARIABLE = "LIVENESS_DESK_BROWSER";

    private final Map<String, String> environment;
    private final String osName;

    public SystemBrowser() {
        this(System.getenv(), System.getProperty("os.name", ""));
    }

    SystemBrowser(Map<String, String> environment, String osName) {
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void open(URI page) throws IOException {
        new ProcessBuilder(command(page)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    List<String> command(URI page) {
        List<String> command = new ArrayList<>();
        String chosen = environment.getOrDefault(BROWSER_VARIABLE, "").strip();
        if (!chosen.isEmpty()) {
            command.addAll(List.of(chosen.split("\\s+")));
        } else if (osName.contains("mac")) {
            command.add("open");
        } else if (osName.contains("win")) {
            command.addAll(List.of("rundll32", "url.dll,FileProtocolHandler"));
        } else {
            command.add("xdg-open");
        }
        command.add(page.toString());
        return command;
    }
}
