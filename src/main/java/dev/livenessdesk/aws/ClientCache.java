package dev.livenessdesk.aws;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * SDK clients of one service, one per connection, at most {@link #MAX_CLIENTS} of them: each client holds its own
 * timers and configuration (a few hundred kilobytes), and the connections come partly from outside (a team record
 * names its region), so an unbounded map grows with whatever the bucket holds. The least recently used client is
 * closed when a new one would pass the bound.
 */
final class ClientCache<K, C extends SdkAutoCloseable> {

    /** Far above the regions and endpoints one person uses at once. */
    static final int MAX_CLIENTS = 16;

    private static final Logger LOG = LoggerFactory.getLogger(ClientCache.class);

    private final Cache<K, C> clients = Caffeine.newBuilder()
            .maximumSize(MAX_CLIENTS)
            // Evict and close on the calling thread: the bound holds when the call returns, not "soon".
            .executor(Runnable::run)
            .<K, C>removalListener((key, client, cause) -> closeQuietly(client))
            .build();

    C get(K key, Function<K, C> build) {
        return clients.get(key, build);
    }

    long size() {
        clients.cleanUp();
        return clients.estimatedSize();
    }

    void closeAll() {
        clients.invalidateAll();
        clients.cleanUp();
    }

    private static void closeQuietly(SdkAutoCloseable client) {
        if (client == null) {
            return;
        }
        try {
            client.close();
        } catch (RuntimeException e) {
            LOG.debug("Closing an SDK client failed", e);
        }
    }
}
