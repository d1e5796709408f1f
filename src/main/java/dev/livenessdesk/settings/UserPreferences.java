package dev.livenessdesk.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the app remembers between runs: the window and the last choices of the session form. Never credentials,
 * tokens or key ids. Every member may be null in the file; the accessors below give the defaults.
 *
 * @param profile  the AWS profile name, "" for the SDK's default chain
 * @param passMark the confidence a result needs to read PASS
 * @param handOffTemplate the team's check page URL with {sessionId} and {region}, for the hand-off link and QR
 * @param recordSharing   per bucket, whether the user chose to write campaign records there (asked once each)
 * @param display         the theme and text size chosen in the Display menu
 * @param activityAthena  the Activity tab's Athena route (the trail's table, where Athena writes, whether used)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserPreferences(WindowBounds window, String profile, String region, String bucket, String keyPrefix,
                              Integer auditImagesLimit, Integer passMark, String handOffTemplate,
                              Map<String, Boolean> recordSharing, DisplayChoice display,
                              AthenaPreference activityAthena) {

    /** The confidence a result needs to read PASS when the user has set none. */
    public static final int DEFAULT_PASS_MARK = 80;

    public UserPreferences {
        // A hand-edited file may hold nulls: they read as "not asked yet" rather than failing the whole file.
        Map<String, Boolean> kept = new LinkedHashMap<>();
        if (recordSharing != null) {
            recordSharing.forEach((name, share) -> {
                if (name != null && !name.isBlank() && share != null) {
                    kept.put(name, share);
                }
            });
        }
        recordSharing = java.util.Collections.unmodifiableMap(kept);
        display = display == null ? DisplayChoice.defaults() : display;
        activityAthena = activityAthena == null ? new AthenaPreference(false, "", "") : activityAthena;
    }

    /** The preferences before the Activity tab's Athena setting existed. */
    public UserPreferences(WindowBounds window, String profile, String region, String bucket, String keyPrefix,
                           Integer auditImagesLimit, Integer passMark, String handOffTemplate,
                           Map<String, Boolean> recordSharing, DisplayChoice display) {
        this(window, profile, region, bucket, keyPrefix, auditImagesLimit, passMark, handOffTemplate, recordSharing,
                display, null);
    }

    /** The preferences before the record-sharing answers existed (and as tests build them). */
    public UserPreferences(WindowBounds window, String profile, String region, String bucket, String keyPrefix,
                           Integer auditImagesLimit, Integer passMark, String handOffTemplate) {
        this(window, profile, region, bucket, keyPrefix, auditImagesLimit, passMark, handOffTemplate, Map.of(),
                null);
    }

    public static UserPreferences defaults() {
        return new UserPreferences(null, null, null, null, null, null, null, null);
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window).filter(WindowBounds::isUsable);
    }

    public Optional<String> rememberedRegion() {
        return Optional.ofNullable(region).filter(r -> !r.isBlank());
    }

    public UserPreferences withWindow(WindowBounds bounds) {
        return new UserPreferences(bounds, profile, region, bucket, keyPrefix, auditImagesLimit, passMark,
                handOffTemplate, recordSharing, display, activityAthena);
    }

    public UserPreferences withForm(String newProfile, String newRegion, String newBucket, String newKeyPrefix,
                                    int newAuditImagesLimit) {
        return new UserPreferences(window, newProfile, newRegion, newBucket, newKeyPrefix, newAuditImagesLimit,
                passMark, handOffTemplate, recordSharing, display, activityAthena);
    }

    public UserPreferences withPassMark(int mark) {
        return new UserPreferences(window, profile, region, bucket, keyPrefix, auditImagesLimit, mark,
                handOffTemplate, recordSharing, display, activityAthena);
    }

    public UserPreferences withHandOffTemplate(String template) {
        return new UserPreferences(window, profile, region, bucket, keyPrefix, auditImagesLimit, passMark,
                template == null || template.isBlank() ? null : template.strip(), recordSharing, display,
                activityAthena);
    }

    /** The hand-off URL template, "" when none is set. */
    public String handOffTemplateOrEmpty() {
        return handOffTemplate == null ? "" : handOffTemplate;
    }

    /** The pass mark the results pane starts with: the last one set, within 0..100. */
    public int passMarkOrDefault() {
        return passMark == null || passMark < 0 || passMark > 100 ? DEFAULT_PASS_MARK : passMark;
    }

    /** Whether campaign records are shared in this bucket; empty when the user was never asked about it. */
    public Optional<Boolean> recordSharingIn(String bucketName) {
        return Optional.ofNullable(recordSharing.get(bucketName));
    }

    public UserPreferences withRecordSharing(String bucketName, boolean share) {
        Map<String, Boolean> answers = new LinkedHashMap<>(recordSharing);
        answers.put(bucketName, share);
        return new UserPreferences(window, profile, region, bucket, keyPrefix, auditImagesLimit, passMark,
                handOffTemplate, answers, display, activityAthena);
    }

    public UserPreferences withDisplay(DisplayChoice choice) {
        return new UserPreferences(window, profile, region, bucket, keyPrefix, auditImagesLimit, passMark,
                handOffTemplate, recordSharing, choice, activityAthena);
    }

    public UserPreferences withActivityAthena(AthenaPreference athena) {
        return new UserPreferences(window, profile, region, bucket, keyPrefix, auditImagesLimit, passMark,
                handOffTemplate, recordSharing, display, athena);
    }
}
