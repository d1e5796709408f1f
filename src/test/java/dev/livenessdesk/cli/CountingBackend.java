package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.connection.ProfileCatalog;
import java.util.concurrent.atomic.AtomicInteger;

/** A real backend that also counts image-store requests, to show refused input never reaches S3. */
record CountingBackend(Backend delegate, AtomicInteger imageStores) implements Backend {

    @Override
    public LivenessSessions livenessSessions(ConnectionSettings connection) {
        return delegate.livenessSessions(connection);
    }

    @Override
    public ImageStore imageStore(ConnectionSettings connection) {
        imageStores.incrementAndGet();
        return delegate.imageStore(connection);
    }

    @Override
    public ProfileCatalog profiles() {
        return delegate.profiles();
    }

    @Override
    public boolean isSandbox() {
        return delegate.isSandbox();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
