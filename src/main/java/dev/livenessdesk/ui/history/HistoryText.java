package dev.livenessdesk.ui.history;

import dev.livenessdesk.core.Words;
import java.util.ResourceBundle;

/** The history pane's words, from the bundle its FXML uses too. */
final class HistoryText {

    static final String BUNDLE = "dev.livenessdesk.ui.history.HistoryPane";

    private static final Words WORDS = new Words(BUNDLE);

    private HistoryText() {
    }

    static ResourceBundle bundle() {
        return WORDS.bundle();
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
