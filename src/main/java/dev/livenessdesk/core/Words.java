package dev.livenessdesk.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One resource bundle of user-facing words. Every text goes through MessageFormat, with or without arguments, so
 * quoting ({@code ''}) reads the same everywhere; each package keeps its own bundle and one of these for it.
 */
public final class Words {

    private final String bundleName;

    public Words(String bundleName) {
        this.bundleName = bundleName;
    }

    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(bundleName, Locale.getDefault());
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle().getString(key), Locale.getDefault()).format(args);
    }
}
