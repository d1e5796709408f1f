package dev.livenessdesk.ui.common;

import java.net.URI;
import javafx.application.HostServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop's browser through JavaFX HostServices (real windows only; Monocle lacks it). */
public final class HostServicesBrowser implements Browser {

    private static final Logger LOG = LoggerFactory.getLogger(HostServicesBrowser.class);

    private final HostServices hostServices;

    public HostServicesBrowser(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public void open(URI page) {
        try {
            hostServices.showDocument(page.toString());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not open {} in a browser", page, e);
        }
    }
}
