package dev.livenessdesk.aws;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of {@code errors.properties}: what the app says when AWS fails. Every pattern goes through
 * {@link MessageFormat}, so a literal apostrophe is written twice in the bundle.
 */
public final class AwsErrorWords {

    private static final String BUNDLE = "dev.livenessdesk.aws.errors";

    private AwsErrorWords() {
    }

    public static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
