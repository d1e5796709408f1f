package dev.livenessdesk.history;

import dev.livenessdesk.core.Words;

/** The history's own words: what the user reads when the file had to be put aside. */
final class HistoryMessages {

    private static final String BUNDLE = "dev.livenessdesk.history.history";

    private static final Words WORDS = new Words(BUNDLE);

    private HistoryMessages() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
