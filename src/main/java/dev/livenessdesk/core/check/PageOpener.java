package dev.livenessdesk.core.check;

import java.io.IOException;
import java.net.URI;

/** Opens a check page in a browser on this computer (the command line's; the desktop has its own Browser). */
@FunctionalInterface
public interface PageOpener {

    /** Prints nothing and opens nothing: for {@code --no-browser} and tests. */
    PageOpener NONE = page -> {
        throw new IOException("No browser is set up to open pages");
    };

    void open(URI page) throws IOException;
}
