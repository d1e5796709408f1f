package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.Words;
import java.util.ResourceBundle;

/** The Campaign tab's words (CampaignPane.properties), for the view, its model and the report. */
final class CampaignText {

    static final String BUNDLE = "dev.livenessdesk.ui.campaign.CampaignPane";
    private static final Words WORDS = new Words(BUNDLE);

    private CampaignText() {
    }

    static ResourceBundle bundle() {
        return WORDS.bundle();
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }

    /** What a failed storage call says, for "Could not save: ..." lines. */
    static String reason(Throwable error) {
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
    }

    /** A session id as the tab's lines name it: its first eight characters. */
    static String shortId(String sessionId) {
        return sessionId.length() > 8 ? sessionId.substring(0, 8) : sessionId;
    }
}
