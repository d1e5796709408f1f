package dev.livenessdesk.core.setup;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One lifecycle rule of a bucket, reduced to what the setup check asks: does it delete the images?
 *
 * @param id                    the rule's name ("" when it has none)
 * @param enabled               Status Enabled
 * @param prefix                the key prefix it applies to ("" for the whole bucket)
 * @param needsTags             true when its filter also asks for tags (Rekognition tags nothing it writes)
 * @param expirationDays        Expiration.Days, when set
 * @param expiresOnDate         true when it uses Expiration.Date instead of days
 * @param noncurrentDays        NoncurrentVersionExpiration.NoncurrentDays, when set
 */
public record LifecycleRule(String id, boolean enabled, String prefix, boolean needsTags,
                            OptionalInt expirationDays, boolean expiresOnDate, OptionalInt noncurrentDays) {

    public LifecycleRule {
        id = id == null ? "" : id;
        prefix = prefix == null ? "" : prefix;
        Objects.requireNonNull(expirationDays, "expirationDays");
        Objects.requireNonNull(noncurrentDays, "noncurrentDays");
    }

    /** True when this rule acts on every object written under the sessions' prefix. */
    public boolean covers(String sessionPrefix) {
        return enabled && !needsTags && sessionPrefix.startsWith(prefix);
    }

    public boolean expiresObjects() {
        return expirationDays.isPresent() || expiresOnDate;
    }

    /** The rule's name for the words: its id, or "(no name)". */
    public String displayName() {
        return id.isBlank() ? SetupWords.get("lifecycle.unnamed") : id;
    }

    public Optional<String> describePrefix() {
        return prefix.isEmpty() ? Optional.empty() : Optional.of(prefix);
    }
}
