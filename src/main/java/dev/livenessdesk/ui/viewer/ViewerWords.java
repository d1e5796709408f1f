package dev.livenessdesk.ui.viewer;

import java.util.Locale;
import java.util.ResourceBundle;

/** The viewer screen's resource bundle, beside its FXML. */
final class ViewerWords {

    static final String BUNDLE = "dev.livenessdesk.ui.viewer.ImageViewer";

    private ViewerWords() {
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }
}
