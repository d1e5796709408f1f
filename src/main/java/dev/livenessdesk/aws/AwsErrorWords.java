package dev.livenessdesk.aws;

import dev.livenessdesk.core.Words;
import java.text.MessageFormat;

/**
 * The words of {@code errors.properties}: what the app says when AWS fails. Every pattern goes through
 * {@link MessageFormat}, so a literal apostrophe is written twice in the bundle.
 */
public final class AwsErrorWords {

    private static final String BUNDLE = "dev.livenessdesk.aws.errors";

    private static final Words WORDS = new Words(BUNDLE);

    private AwsErrorWords() {
    }

    public static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
