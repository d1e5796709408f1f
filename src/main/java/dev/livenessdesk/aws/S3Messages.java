package dev.livenessdesk.aws;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The S3 adapter's words for users, kept in a bundle beside the other user-facing text. */
final class S3Messages {

    private static final String BUNDLE = "dev.livenessdesk.aws.S3Messages";

    private S3Messages() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
