package dev.livenessdesk.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own words (core.Messages holds the ones it shares with the form). */
final class CliText {

    private static final String BUNDLE = "dev.livenessdesk.cli.cli";

    private CliText() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
