package dev.livenessdesk.core.history;

/** The files a selection of the history can be exported to. */
public enum HistoryExportFormat {
    CSV("csv"), JSON("json");

    private final String extension;

    HistoryExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file-name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
