package dev.livenessdesk.core.activity;

import dev.livenessdesk.core.Words;

/** The activity package's words (outcomes, failure reasons, the timeline and the support text), for app and CLI. */
final class ActivityWords {

    private static final Words WORDS = new Words("dev.livenessdesk.core.activity.activity");

    private ActivityWords() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }

    static boolean has(String key) {
        return WORDS.bundle().containsKey(key);
    }
}
