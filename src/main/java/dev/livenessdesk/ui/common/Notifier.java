package dev.livenessdesk.ui.common;

/** Short-lived messages in a corner of the window ("Session created"); tests use a recording one. */
public interface Notifier {

    Notifier SILENT = new Notifier() {
        @Override
        public void success(String title, String text) {
        }

        @Override
        public void failure(String title, String text) {
        }
    };

    void success(String title, String text);

    void failure(String title, String text);
}
