package dev.livenessdesk.ui.history;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The history pane's words, from the bundle its FXML uses too. */
final class HistoryText {

    static final String BUNDLE = "dev.livenessdesk.ui.history.HistoryPane";

    private HistoryText() {
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    static String get(String key, Object... args) {
        return new MessageFormat(bundle().getString(key), Locale.getDefault()).format(args);
    }
}
