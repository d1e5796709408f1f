package dev.livenessdesk.ui.check;

import dev.livenessdesk.core.Words;

/** The desktop's words for running the check. */
final class CheckRunWords {

    private static final Words WORDS = new Words("dev.livenessdesk.ui.check.CheckRun");

    private CheckRunWords() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
