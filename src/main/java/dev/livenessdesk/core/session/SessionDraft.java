package dev.livenessdesk.core.session;

/**
 * What the user typed for a new session, unchecked: every value is the raw text of a form field or CLI option
 * (null or blank means "not given"). {@link SessionSettingsValidator} turns it into {@link SessionSettings}.
 */
public record SessionDraft(
        String region,
        String bucket,
        String keyPrefix,
        String auditImagesLimit,
        String kmsKeyId,
        String challengeType,
        String challengeMinVersion,
        String challengeMaxVersion,
        String clientRequestToken) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().region(region).bucket(bucket).keyPrefix(keyPrefix).auditImagesLimit(auditImagesLimit)
                .kmsKeyId(kmsKeyId).challengeType(challengeType).challengeMinVersion(challengeMinVersion)
                .challengeMaxVersion(challengeMaxVersion).clientRequestToken(clientRequestToken);
    }

    public static final class Builder {
        private String region;
        private String bucket;
        private String keyPrefix;
        private String auditImagesLimit;
        private String kmsKeyId;
        private String challengeType;
        private String challengeMinVersion;
        private String challengeMaxVersion;
        private String clientRequestToken;

        public Builder region(String value) { this.region = value; return this; }
        public Builder bucket(String value) { this.bucket = value; return this; }
        public Builder keyPrefix(String value) { this.keyPrefix = value; return this; }
        public Builder auditImagesLimit(String value) { this.auditImagesLimit = value; return this; }
        public Builder auditImagesLimit(int value) { this.auditImagesLimit = Integer.toString(value); return this; }
        public Builder kmsKeyId(String value) { this.kmsKeyId = value; return this; }
        public Builder challengeType(String value) { this.challengeType = value; return this; }
        public Builder challengeType(ChallengeType value) {
            this.challengeType = value == null ? null : value.wireName();
            return this;
        }
        public Builder challengeMinVersion(String value) { this.challengeMinVersion = value; return this; }
        public Builder challengeMaxVersion(String value) { this.challengeMaxVersion = value; return this; }
        public Builder clientRequestToken(String value) { this.clientRequestToken = value; return this; }

        public SessionDraft build() {
            return new SessionDraft(region, bucket, keyPrefix, auditImagesLimit, kmsKeyId, challengeType,
                    challengeMinVersion, challengeMaxVersion, clientRequestToken);
        }
    }
}
