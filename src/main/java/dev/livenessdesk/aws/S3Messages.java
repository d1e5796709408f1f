package dev.livenessdesk.aws;

import dev.livenessdesk.core.Words;

/** The S3 adapter's words for users, kept in a bundle beside the other user-facing text. */
final class S3Messages {

    private static final String BUNDLE = "dev.livenessdesk.aws.S3Messages";

    private static final Words WORDS = new Words(BUNDLE);

    private S3Messages() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
