package dev.livenessdesk.cli;

import dev.livenessdesk.core.Words;

/** The command line's own words (core.Messages holds the ones it shares with the form). */
final class CliText {

    private static final String BUNDLE = "dev.livenessdesk.cli.cli";

    private static final Words WORDS = new Words(BUNDLE);

    private CliText() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
