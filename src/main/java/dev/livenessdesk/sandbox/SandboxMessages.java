package dev.livenessdesk.sandbox;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The sandbox's own words (its errors and the text drawn on its images). */
final class SandboxMessages {

    private static final String BUNDLE = "dev.livenessdesk.sandbox.sandbox";

    private SandboxMessages() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
