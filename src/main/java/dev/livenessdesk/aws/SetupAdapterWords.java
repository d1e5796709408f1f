package dev.livenessdesk.aws;

import dev.livenessdesk.core.Words;

/** The words of {@code setup.properties} in aws: what the setup check's AWS answers say when they go wrong. */
final class SetupAdapterWords {

    private static final Words WORDS = new Words("dev.livenessdesk.aws.setup");

    private SetupAdapterWords() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
