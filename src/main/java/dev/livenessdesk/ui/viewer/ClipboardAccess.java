package dev.livenessdesk.ui.viewer;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts text on the clipboard; tests replace it to read what a user would paste. */
@FunctionalInterface
public interface ClipboardAccess {

    void putText(String text);

    /** The system clipboard; call on the FX thread. */
    static ClipboardAccess system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
