package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.SessionIds;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Result tab's Look up field: the typed session id, what is wrong with it (shown next to the field), and the
 * check that runs before following it. Kept apart from {@link ResultsViewModel} because checking a typed value is
 * a different job from following a session; a refused id never starts a call. FX thread only.
 */
public final class SessionLookUp {

    private final Supplier<ConnectionSettings> connection;
    private final BiConsumer<ConnectionSettings, String> follow;
    private final StringProperty lookUpId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper lookUpProblem = new ReadOnlyStringWrapper("");

    /**
     * @param connection the connection chosen now, or null when none is
     * @param follow     follows a checked id in that connection
     */
    SessionLookUp(Supplier<ConnectionSettings> connection, BiConsumer<ConnectionSettings, String> follow) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.follow = Objects.requireNonNull(follow, "follow");
        lookUpId.addListener((obs, old, text) -> lookUpProblem.set(""));
    }

    /** Checks the typed id's format, then follows it with the chosen connection. */
    public void lookUp() {
        String id = SessionIds.normalize(lookUpId.get());
        ConnectionSettings chosen = connection.get();
        if (id.isEmpty()) {
            lookUpProblem.set(ResultsText.get("lookUp.empty"));
        } else if (!SessionIds.isValid(id)) {
            lookUpProblem.set(SessionIds.invalidMessage(lookUpId.get().strip()));
        } else if (chosen == null) {
            lookUpProblem.set(ResultsText.get("lookUp.noConnection"));
        } else {
            lookUpId.set(id);
            follow.accept(chosen, id);
        }
    }

    public StringProperty lookUpIdProperty() {
        return lookUpId;
    }

    /** What is wrong with the typed id, shown next to the field. */
    public ReadOnlyStringProperty lookUpProblemProperty() {
        return lookUpProblem.getReadOnlyProperty();
    }
}
