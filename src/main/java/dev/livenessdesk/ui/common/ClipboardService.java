package dev.livenessdesk.ui.common;

/** Puts text on the clipboard; an interface so view models are tested without a toolkit. */
@FunctionalInterface
public interface ClipboardService {

    void copyText(String text);
}
