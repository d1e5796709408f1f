package dev.livenessdesk.ui.common;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The connection every screen works on, shared by one instance in the app: the connection bar writes it, the
 * session form, viewer and results read (and bind to) it. Touch it on the FX thread only.
 */
public final class ActiveConnection {

    private final ObjectProperty<ConnectionSettings> connection = new SimpleObjectProperty<>(this, "connection");
    private final BooleanProperty sandbox = new SimpleBooleanProperty(this, "sandbox");
    private final ReadOnlyObjectWrapper<CallerIdentity> identity = new ReadOnlyObjectWrapper<>(this, "identity");

    /** The profile, region and endpoints in use; null only before the bar has read the profiles. */
    public ObjectProperty<ConnectionSettings> connectionProperty() {
        return connection;
    }

    public ConnectionSettings getConnection() {
        return connection.get();
    }

    public void setConnection(ConnectionSettings value) {
        connection.set(value);
    }

    /** True while the offline sandbox stands in for AWS: every screen must make that visible. */
    public BooleanProperty sandboxProperty() {
        return sandbox;
    }

    public boolean isSandbox() {
        return sandbox.get();
    }

    public void setSandbox(boolean value) {
        sandbox.set(value);
    }

    /** Who the connection acts as, once checked; null while unknown, checking, or failed. */
    public ReadOnlyObjectProperty<CallerIdentity> identityProperty() {
        return identity.getReadOnlyProperty();
    }

    public CallerIdentity getIdentity() {
        return identity.get();
    }

    /** Set by whoever checks the identity (the connection bar). */
    public void setIdentity(CallerIdentity value) {
        identity.set(value);
    }
}
