package dev.livenessdesk.core.check;

import dev.livenessdesk.core.Words;
import java.util.Map;
import java.util.TreeMap;

/** The check's words: the desk's, and the page's (served to it, so the page says things as the app does). */
public final class CheckWords {

    private static final Words WORDS = new Words("dev.livenessdesk.core.check.check");
    private static final String PAGE_PREFIX = "page.";

    private CheckWords() {
    }

    public static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }

    /** Every "page.*" text, unformatted: the page fills {0} itself. */
    public static Map<String, String> pageWords() {
        Map<String, String> words = new TreeMap<>();
        var bundle = WORDS.bundle();
        for (String key : bundle.keySet()) {
            if (key.startsWith(PAGE_PREFIX)) {
                words.put(key, bundle.getString(key).replace("''", "'"));
            }
        }
        return words;
    }
}
