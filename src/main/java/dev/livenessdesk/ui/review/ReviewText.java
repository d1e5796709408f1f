package dev.livenessdesk.ui.review;

import dev.livenessdesk.core.Words;

/** The Review tab's words. */
final class ReviewText {

    private static final Words WORDS = new Words("dev.livenessdesk.ui.review.review");

    private ReviewText() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
