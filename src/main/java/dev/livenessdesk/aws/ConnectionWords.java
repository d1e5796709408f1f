package dev.livenessdesk.aws;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of {@code connection.properties}: identity, credential sources and sign-in. */
public final class ConnectionWords {

    private static final String BUNDLE = "dev.livenessdesk.aws.connection";

    private ConnectionWords() {
    }

    public static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
