package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.ProfileCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the profile picker needs, read once off the FX thread (the catalog reads the AWS config files): the names,
 * each profile's region, and what the environment selects.
 */
record ProfileChoices(List<String> names, String activeProfile, Map<String, Optional<String>> regions,
                      Optional<String> environmentRegion) {

    static final ProfileChoices NONE = new ProfileChoices(List.of(), "default", Map.of(), Optional.empty());

    static ProfileChoices readFrom(ProfileCatalog catalog) {
        List<String> names = List.copyOf(catalog.profileNames());
        Map<String, Optional<String>> regions = new LinkedHashMap<>();
        names.forEach(name -> regions.put(name, catalog.regionOf(name)));
        String active = catalog.activeProfileName();
        regions.computeIfAbsent(active, catalog::regionOf);
        return new ProfileChoices(names, active, Map.copyOf(regions), catalog.environmentRegion());
    }

    /**
     * The region the SDK would use for a profile ("" = the default chain): a picked profile's own region first;
     * for the default chain the environment's (AWS_REGION wins in the SDK), then the active profile's.
     */
    Optional<String> configuredRegion(String profile) {
        if (profile != null && !profile.isBlank()) {
            return regions.getOrDefault(profile, Optional.empty());
        }
        return environmentRegion.or(() -> regions.getOrDefault(activeProfile, Optional.empty()));
    }
}
