package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.ProfileCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Profiles and an environment region fixed by the test, so the user's AWS setup never leaks in. */
record FixedProfiles(Optional<String> environmentRegion, Map<String, String> regionsByProfile)
        implements ProfileCatalog {

    static FixedProfiles none() {
        return new FixedProfiles(Optional.empty(), Map.of());
    }

    @Override
    public List<String> profileNames() {
        return regionsByProfile.keySet().stream().sorted().toList();
    }

    @Override
    public String activeProfileName() {
        return "default";
    }

    @Override
    public Optional<String> regionOf(String profile) {
        return Optional.ofNullable(regionsByProfile.get(profile));
    }
}
