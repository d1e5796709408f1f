package dev.livenessdesk.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The desktop clipboard. Call on the FX thread. */
public final class SystemClipboard implements ClipboardService {

    @Override
    public void copyText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
