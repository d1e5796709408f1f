package dev.livenessdesk.ui.common;

import java.net.URI;

/**
 * Opens a web page in the user's browser. The app's own interface, because HostServices fails under Monocle
 * (it throws AbstractMethodError under Monocle with JavaFX 21) and tests want to see what would have opened.
 */
@FunctionalInterface
public interface Browser {

    /** Never throws: a browser that cannot open says so in the log, and the page stays visible to copy. */
    void open(URI page);
}
