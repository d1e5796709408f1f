package dev.livenessdesk.ui.common;

import dev.livenessdesk.core.connection.ProfileCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a profile picker needs, read once off the FX thread (the catalog reads the AWS config files): the names,
 * each profile's region, the profile the SDK would pick, and the region the environment selects.
 */
public record ProfileChoices(List<String> names, String activeProfile, Map<String, Optional<String>> regions,
                             Optional<String> environmentRegion) {

    public static final ProfileChoices NONE = new ProfileChoices(List.of(), "default", Map.of(), Optional.empty());

    public static ProfileChoices readFrom(ProfileCatalog catalog) {
        List<String> names = List.copyOf(catalog.profileNames());
        Map<String, Optional<String>> regions = new LinkedHashMap<>();
        names.forEach(name -> regions.put(name, catalog.regionOf(name)));
        String active = catalog.activeProfileName();
        regions.computeIfAbsent(active, catalog::regionOf);
        return new ProfileChoices(names, active, Map.copyOf(regions), catalog.environmentRegion());
    }

    /**
     * The region a profile brings ("" or null = the SDK's default chain): a picked profile's own region, else the
     * environment's; for the default chain the environment's (AWS_REGION wins in the SDK), then the active
     * profile's.
     */
    public Optional<String> regionFor(String profile) {
        if (profile != null && !profile.isBlank()) {
            return regions.getOrDefault(profile, Optional.empty()).filter(r -> !r.isBlank()).or(() -> environmentRegion);
        }
        return environmentRegion.or(() -> regions.getOrDefault(activeProfile, Optional.empty()));
    }
}
