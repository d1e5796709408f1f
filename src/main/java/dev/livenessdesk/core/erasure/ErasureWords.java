package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.Words;

/** The erasure's words ({@code erasure.properties}), the same for the app, the command line and the receipt. */
public final class ErasureWords {

    private static final Words WORDS = new Words("dev.livenessdesk.core.erasure.erasure");

    private ErasureWords() {
    }

    public static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
