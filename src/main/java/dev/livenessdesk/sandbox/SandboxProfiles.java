package dev.livenessdesk.sandbox;

import dev.livenessdesk.core.session.LivenessRegions;
import dev.livenessdesk.core.connection.ProfileCatalog;

import java.util.List;
import java.util.Optional;

/** The sandbox's only profile; it ignores the user's AWS files and environment on purpose. */
final class SandboxProfiles implements ProfileCatalog {

    static final String PROFILE = "sandbox";
    static final String REGION = LivenessRegions.DEFAULT;

    @Override
    public List<String> profileNames() {
        return List.of(PROFILE);
    }

    @Override
    public String activeProfileName() {
        return PROFILE;
    }

    @Override
    public Optional<String> regionOf(String profile) {
        return PROFILE.equals(profile) ? Optional.of(REGION) : Optional.empty();
    }

    @Override
    public Optional<String> environmentRegion() {
        return Optional.empty();
    }
}
