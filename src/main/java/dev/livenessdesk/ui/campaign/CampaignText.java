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
}
