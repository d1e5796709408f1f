package dev.livenessdesk.app;

import dev.livenessdesk.core.Backend;
import dev.livenessdesk.core.ConnectionSettings;
import dev.livenessdesk.core.ErrorKind;
import dev.livenessdesk.core.ImageStore;
import dev.livenessdesk.core.LivenessSessions;
import dev.livenessdesk.core.ProfileCatalog;
import dev.livenessdesk.core.ServiceError;
import dev.livenessdesk.core.ServiceException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

/** Temporary until the AWS backend is merged: every call fails with "not connected" so the UI can be tried. */
final class NotConnectedBackend implements Backend {

    private static final ServiceError NOT_CONNECTED = ServiceError.of(ErrorKind.NETWORK,
            "Not connected: this build of Liveness Desk has no AWS backend yet.",
            "Use a build that includes the AWS connection.");

    @Override
    public LivenessSessions livenessSessions(ConnectionSettings connection) {
        return failing(LivenessSessions.class);
    }

    @Override
    public ImageStore imageStore(ConnectionSettings connection) {
        return failing(ImageStore.class);
    }

    @Override
    public ProfileCatalog profiles() {
        return new ProfileCatalog() {
            @Override
            public List<String> profileNames() {
                return List.of();
            }

            @Override
            public String activeProfileName() {
                return "default";
            }

            @Override
            public Optional<String> regionOf(String profile) {
                return Optional.empty();
            }

            @Override
            public Optional<String> environmentRegion() {
                return Optional.ofNullable(System.getenv("AWS_REGION"));
            }
        };
    }

    @Override
    public boolean isSandbox() {
        return false;
    }

    @Override
    public void close() {
    }

    // Every port method declares ServiceException, so one proxy serves both ports.
    private static <T> T failing(Class<T> port) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? "not connected" : method.invoke(NOT_CONNECTED, args);
            }
            throw new ServiceException(NOT_CONNECTED);
        });
        return port.cast(proxy);
    }
}
