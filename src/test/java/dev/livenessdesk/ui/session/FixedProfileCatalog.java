package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.connection.ProfileCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The profiles of a made-up AWS config file. */
record FixedProfileCatalog(Map<String, String> regions, String activeProfileName, Optional<String> environmentRegion)
        implements ProfileCatalog {

    static FixedProfileCatalog none() {
        return new FixedProfileCatalog(Map.of(), "default", Optional.empty());
    }

    @Override
    public List<String> profileNames() {
        return regions.keySet().stream().sorted((a, b) -> a.equals("default") ? -1 : b.equals("default") ? 1
                : a.compareTo(b)).toList();
    }

    @Override
    public Optional<String> regionOf(String profile) {
        return Optional.ofNullable(regions.get(profile)).filter(r -> !r.isEmpty());
    }
}
