package dev.livenessdesk.core.session;

import java.util.Optional;

/**
 * A create request that passed {@link SessionSettingsValidator}: every value is within the service model's
 * constraints. Optional members are empty when the user left them out, so the request carries only what was asked.
 */
public record SessionSettings(
        String region,
        Optional<String> bucket,
        String keyPrefix,
        int auditImagesLimit,
        Optional<String> kmsKeyId,
        ChallengeType challengeType,
        Optional<String> challengeMinVersion,
        Optional<String> challengeMaxVersion,
        Optional<String> clientRequestToken) {

    public SessionSettings {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("region is required");
        }
        keyPrefix = keyPrefix == null ? "" : keyPrefix;
        challengeType = challengeType == null ? ChallengeType.DEFAULT : challengeType;
        bucket = bucket == null ? Optional.empty() : bucket;
        kmsKeyId = kmsKeyId == null ? Optional.empty() : kmsKeyId;
        challengeMinVersion = challengeMinVersion == null ? Optional.empty() : challengeMinVersion;
        challengeMaxVersion = challengeMaxVersion == null ? Optional.empty() : challengeMaxVersion;
        clientRequestToken = clientRequestToken == null ? Optional.empty() : clientRequestToken;
    }

    /** A challenge preference is sent only when it says more than the service's default. */
    public boolean hasChallengePreference() {
        return challengeType != ChallengeType.DEFAULT
                || challengeMinVersion.isPresent() || challengeMaxVersion.isPresent();
    }
}
