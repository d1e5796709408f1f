package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's answer, per bucket, to "share campaign records in s3://bucket?": asked once, at the first write the
 * tester caused, and kept in the preferences so a restart asks nothing. FX thread only; the preferences are
 * written through the TaskRunner.
 */
public final class SharingConsent {

    /** Never shares and never asks: the Campaign tab's until the app hands it a real one. */
    static final SharingConsent NEVER = new SharingConsent(null, null, bucket -> false);

    private final TaskRunner tasks;
    private final PreferencesStore preferences;
    private final ShareConfirmation confirmation;
    private final Map<String, Boolean> answered = new HashMap<>();

    /**
     * @param preferences where the answers are kept; null keeps them for this run only
     * @param confirmation the question itself
     */
    public SharingConsent(TaskRunner tasks, PreferencesStore preferences, ShareConfirmation confirmation) {
        this.tasks = tasks;
        this.preferences = preferences;
        this.confirmation = Objects.requireNonNull(confirmation);
    }

    /** Whether records may be written to this bucket, asking the user when nobody has yet. */
    boolean agreed(String bucket) {
        Optional<Boolean> known = known(bucket);
        if (known.isPresent()) {
            return known.get();
        }
        boolean answer = confirmation.shareIn(bucket);
        answered.put(bucket, answer);
        if (preferences != null) {
            tasks.job(context -> {
                preferences.update(current -> current.withRecordSharing(bucket, answer));
                return answer;
            }).start();
        }
        return answer;
    }

    /** The answer already given for this bucket, without asking; empty when the user was never asked. */
    Optional<Boolean> known(String bucket) {
        Boolean known = answered.get(bucket);
        if (known == null && preferences != null) {
            known = preferences.current().recordSharingIn(bucket).orElse(null);
            if (known != null) {
                answered.put(bucket, known);
            }
        }
        return Optional.ofNullable(known);
    }
}
