package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.Words;
import java.util.ResourceBundle;

/** The viewer screen's resource bundle, beside its FXML. */
final class ViewerWords {

    static final String BUNDLE = "dev.livenessdesk.ui.viewer.ImageViewer";

    private static final Words WORDS = new Words(BUNDLE);

    private ViewerWords() {
    }

    static ResourceBundle bundle() {
        return WORDS.bundle();
    }
}
