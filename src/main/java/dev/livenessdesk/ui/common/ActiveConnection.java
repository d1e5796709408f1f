package dev.livenessdesk.ui.common;

import dev.livenessdesk.core.connection.ConnectionSettings;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one connection the app works on. The app builds one instance and hands its single {@link Writer} to the
 * connection chooser; every other screen reads the read-only properties (a followed session keeps its own copy,
 * since {@link ConnectionSettings} is immutable). Touch it on the FX thread only.
 */
public final class ActiveConnection {

    private final ReadOnlyObjectWrapper<ConnectionSettings> connection = new ReadOnlyObjectWrapper<>(this, "connection");
    private final ReadOnlyBooleanWrapper sandbox;
    private boolean writerClaimed;

    /** @param sandbox true while the offline sandbox stands in for AWS: every screen must make that visible */
    public ActiveConnection(boolean sandbox) {
        this.sandbox = new ReadOnlyBooleanWrapper(this, "sandbox", sandbox);
    }

    /** The profile, region and endpoints in use; null only before the chooser has read the profiles. */
    public ReadOnlyObjectProperty<ConnectionSettings> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ConnectionSettings getConnection() {
        return connection.get();
    }

    public ReadOnlyBooleanProperty sandboxProperty() {
        return sandbox.getReadOnlyProperty();
    }

    public boolean isSandbox() {
        return sandbox.get();
    }

    /**
     * The only way to change the connection, handed out once: to the connection chooser. A second claim is a
     * wiring mistake (two writers is how the connection used to live in six places), so it fails loudly.
     */
    public Writer claimWriter() {
        if (writerClaimed) {
            throw new IllegalStateException("The active connection already has its writer: the connection chooser");
        }
        writerClaimed = true;
        return new Writer();
    }

    /** Writes the active connection. */
    public final class Writer {

        private Writer() {
        }

        public void setConnection(ConnectionSettings value) {
            connection.set(Objects.requireNonNull(value, "connection"));
        }

        public ActiveConnection active() {
            return ActiveConnection.this;
        }
    }
}
