package dev.livenessdesk.core;

import java.util.ResourceBundle;

/** The core's user-facing words, shared by the desktop app and the command line so both say the same thing. */
public final class Messages {

    private static final String BUNDLE = "dev.livenessdesk.core.messages";

    private static final Words WORDS = new Words(BUNDLE);

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return WORDS.bundle();
    }

    public static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
