package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.testsupport.ForwardingBackend;
import java.util.concurrent.atomic.AtomicInteger;

/** A real backend that also counts image-store requests, to show refused input never reaches S3. */
final class CountingBackend extends ForwardingBackend {

    private final AtomicInteger imageStores;

    CountingBackend(Backend delegate, AtomicInteger imageStores) {
        super(delegate);
        this.imageStores = imageStores;
    }

    @Override
    public ImageStore imageStore(ConnectionSettings connection) {
        imageStores.incrementAndGet();
        return super.imageStore(connection);
    }
}
