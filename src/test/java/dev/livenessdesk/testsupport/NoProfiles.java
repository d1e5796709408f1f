package dev.livenessdesk.testsupport;

import dev.livenessdesk.core.connection.ProfileCatalog;
import java.util.List;
import java.util.Optional;

/** No AWS config file and no AWS_REGION: the user's own AWS setup never leaks into a test's AwsBackend. */
public final class NoProfiles implements ProfileCatalog {

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
        return Optional.empty();
    }
}
