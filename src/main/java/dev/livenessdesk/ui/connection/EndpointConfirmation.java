package dev.livenessdesk.ui.connection;

import java.net.URI;

/** Asks the user whether plain http to a host other than this computer is really meant (a dialog in the app). */
@FunctionalInterface
public interface EndpointConfirmation {

    /** Called on the FX thread; true when the user accepts the unencrypted endpoint. */
    boolean confirmPlainHttp(URI endpoint, String warning);
}
