package dev.livenessdesk.ui.erasure;

import dev.livenessdesk.core.Words;

/** The erasure screen's words ({@code erasure.properties} beside it). */
final class ErasureWords {

    private static final Words WORDS = new Words("dev.livenessdesk.ui.erasure.erasure");

    private ErasureWords() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
