package dev.livenessdesk.app;

import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart from Main so the command line never touches JavaFX classes. */
public final class DesktopLauncher {

    // JavaFX logs "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" whenever it runs from
    // the class path, as `mvn javafx:run` does (the app image links it as modules). It runs the same; the line only
    // alarms a user reading the terminal. Only that one message is dropped: every other JavaFX warning still shows.
    // JavaFX logs through System.Logger "javafx" (on java.util.logging here). Held in a field because
    // java.util.logging keeps loggers weakly and would forget the filter.
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        java.util.Optional<String> noDisplay = NoDisplay.reason(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform", ""));
        if (noDisplay.isPresent()) {
            System.err.println(noDisplay.get());
            System.exit(1);
        }
        PLATFORM_LOG.setFilter(entry -> entry.getMessage() == null
                || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
        LivenessDeskApp.beginLoading();
        Application.launch(LivenessDeskApp.class, args);
    }
}
