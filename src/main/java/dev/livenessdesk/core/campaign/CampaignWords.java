package dev.livenessdesk.core.campaign;

import dev.livenessdesk.core.Words;

/** The campaign package's user-facing words (species, outcomes, the summary line), shared by app and CLI. */
final class CampaignWords {

    private static final Words WORDS = new Words("dev.livenessdesk.core.campaign.campaign");

    private CampaignWords() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
