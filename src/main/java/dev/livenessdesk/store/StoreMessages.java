package dev.livenessdesk.store;

import dev.livenessdesk.core.Words;

/** The local store's own words: what the user reads about the database file. */
final class StoreMessages {

    private static final Words WORDS = new Words("dev.livenessdesk.store.store");

    private StoreMessages() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }
}
