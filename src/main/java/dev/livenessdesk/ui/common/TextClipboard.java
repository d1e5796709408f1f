package dev.livenessdesk.ui.common;

/** Puts text on the clipboard; an interface so view models can copy and tests can read what was copied. */
@FunctionalInterface
public interface TextClipboard {

    void copy(String text);

    /** The system clipboard (FX thread only). */
    static TextClipboard system() {
        return text -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
