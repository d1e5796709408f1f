package dev.livenessdesk.core.verdict;

import dev.livenessdesk.core.Words;

/** This package's words bundle ({@code verdict.properties}). */
final class VerdictWords {

    private static final Words WORDS = new Words("dev.livenessdesk.core.verdict.verdict");

    private VerdictWords() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
