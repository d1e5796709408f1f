package dev.livenessdesk.aws;

import dev.livenessdesk.core.Words;

/** The words of {@code connection.properties}: identity, credential sources and sign-in. */
public final class ConnectionWords {

    private static final String BUNDLE = "dev.livenessdesk.aws.connection";

    private static final Words WORDS = new Words(BUNDLE);

    private ConnectionWords() {
    }

    public static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
