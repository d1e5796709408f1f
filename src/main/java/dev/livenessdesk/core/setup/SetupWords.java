package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.Words;

/** The setup check's words ({@code setup.properties}), the same for the checklist, the report and the CLI. */
public final class SetupWords {

    private static final Words WORDS = new Words("dev.livenessdesk.core.setup.setup");

    private SetupWords() {
    }

    public static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
