package dev.livenessdesk.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart from Main so the command line never touches JavaFX classes. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        LivenessDeskApp.beginLoading();
        Application.launch(LivenessDeskApp.class, args);
    }
}
