package dev.livenessdesk.ui.common;

import dev.livenessdesk.core.files.LineBreaks;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts text on the clipboard; an interface so view models are tested without a toolkit and tests read the copy. */
@FunctionalInterface
public interface ClipboardService {

    void copyText(String text);

    /**
     * The desktop clipboard, with the platform's line breaks ({@link LineBreaks#forClipboard}: callers build text
     * with {@code \n}). Call on the FX thread.
     */
    static ClipboardService system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(LineBreaks.forClipboard(text));
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
