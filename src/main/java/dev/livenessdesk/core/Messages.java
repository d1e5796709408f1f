package dev.livenessdesk.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The core's user-facing words, shared by the desktop app and the command line so both say the same thing. */
public final class Messages {

    private static final String BUNDLE = "dev.livenessdesk.core.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static String get(String key, Object... args) {
        // Always through MessageFormat: the bundle escapes quotes as '' even in messages without arguments.
        return new MessageFormat(bundle().getString(key), Locale.getDefault()).format(args);
    }
}
