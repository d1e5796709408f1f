package dev.livenessdesk.ui.results;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The results pane's words, from the bundle its FXML uses too. */
final class ResultsText {

    static final String BUNDLE = "dev.livenessdesk.ui.results.ResultsPane";

    private ResultsText() {
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    static String get(String key, Object... args) {
        return new MessageFormat(bundle().getString(key), Locale.getDefault()).format(args);
    }
}
