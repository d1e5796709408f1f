package dev.livenessdesk.settings;

/**
 * The Activity tab's Athena setting as remembered: whether it reads through Athena, the trail's table and where
 * Athena writes. Checked again when used: a hand-edited file can hold anything.
 */
public record AthenaPreference(Boolean use, String table, String output) {

    public boolean isOn() {
        return Boolean.TRUE.equals(use);
    }

    public String tableOrEmpty() {
        return table == null ? "" : table;
    }

    public String outputOrEmpty() {
        return output == null ? "" : output;
    }
}
