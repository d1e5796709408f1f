package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.connection.EndpointResolver;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import dev.livenessdesk.ui.connection.ConnectionChoiceViewModel;

/** A form on the app's one connection, chosen by the real chooser from a made-up AWS config (read at once). */
final class FormOnAConnection {

    private FormOnAConnection() {
    }

    static SessionFormViewModel form(SessionFormViewModel.Services services, ProfileCatalog profiles) {
        ActiveConnection active = new ActiveConnection(false);
        ConnectionChoiceViewModel choice = new ConnectionChoiceViewModel(active.claimWriter(), profiles,
                new SynchronousTaskRunner(), (endpoint, warning) -> false, EndpointResolver.NONE,
                ConnectionChoiceViewModel.Remembered.NOTHING);
        SessionFormViewModel form = new SessionFormViewModel(services, active, choice::chooseRegion);
        choice.start();
        return form;
    }
}
