package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.Words;
import java.util.ResourceBundle;

/** The results pane's words, from the bundle its FXML uses too. */
final class ResultsText {

    static final String BUNDLE = "dev.livenessdesk.ui.results.ResultsPane";

    private static final Words WORDS = new Words(BUNDLE);

    private ResultsText() {
    }

    static ResourceBundle bundle() {
        return WORDS.bundle();
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
