package dev.livenessdesk.history;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The history's own words: what the user reads when the file had to be put aside. */
final class HistoryMessages {

    private static final String BUNDLE = "dev.livenessdesk.history.history";

    private HistoryMessages() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
