package dev.livenessdesk.ui.activity;

import dev.livenessdesk.core.Words;

/** The tab's words (ActivityPane.properties), for the view models as for the FXML. */
final class ActivityText {

    static final Words WORDS = new Words("dev.livenessdesk.ui.activity.ActivityPane");

    private ActivityText() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
