package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.ProfileCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One read of the AWS files (off the FX thread): the profile names, their regions, and the environment's picks. */
record ProfileChoices(List<String> names, Map<String, Optional<String>> regions, String activeName,
                      Optional<String> environmentRegion) {

    static ProfileChoices read(ProfileCatalog catalog) {
        List<String> names = catalog.profileNames();
        Map<String, Optional<String>> regions = new LinkedHashMap<>();
        names.forEach(name -> regions.put(name, catalog.regionOf(name)));
        return new ProfileChoices(List.copyOf(names), regions, catalog.activeProfileName(),
                catalog.environmentRegion());
    }

    /** The region a profile brings: its own, else the environment's. */
    Optional<String> regionFor(Optional<String> profile) {
        return profile.flatMap(name -> regions.getOrDefault(name, Optional.empty())).or(() -> environmentRegion);
    }
}
