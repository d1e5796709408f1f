package dev.livenessdesk.ui.common;

import java.io.IOException;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Opens a web page in the user's browser: the app gives the command line's browser choice (LIVENESS_DESK_BROWSER,
 * then xdg-open, open, the Windows default), so both open pages the same way. The app's own interface, because
 * HostServices fails under Monocle and AWT's Desktop.browse on Linux desktops without GNOME's handler, and tests
 * want to see what would have opened.
 */
@FunctionalInterface
public interface Browser {

    /** Blocks up to a few seconds: call it off the FX thread. Throws, in words, when no browser could start. */
    void open(URI page) throws IOException;

    /**
     * Opens the page through the task runner; {@code whenNotOpened} gets the words on the FX thread when no
     * browser could start, so a screen says so beside the page's address instead of claiming it is open.
     */
    default void openInBackground(TaskRunner tasks, URI page, Runnable whenOpened, Consumer<String> whenNotOpened) {
        tasks.job(context -> {
            open(page);
            return page;
        }).onSuccess(opened -> whenOpened.run())
                .onFailure(error -> whenNotOpened.accept(String.valueOf(error.getMessage())))
                .start();
    }
}
