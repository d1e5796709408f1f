package dev.livenessdesk.core.review;

import dev.livenessdesk.core.Words;

/** The review package's user-facing words (labels, flags, figures), shared by the app and the command line. */
final class ReviewWords {

    private static final Words WORDS = new Words("dev.livenessdesk.core.review.review");

    private ReviewWords() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
