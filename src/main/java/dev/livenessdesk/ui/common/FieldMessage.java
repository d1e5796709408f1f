package dev.livenessdesk.ui.common;

import java.util.Objects;

/** What a form shows under one field: nothing, a warning (amber) or an error (red), always in words. */
public record FieldMessage(Severity severity, String text) {

    public enum Severity { NONE, WARNING, ERROR }

    public static final FieldMessage NONE = new FieldMessage(Severity.NONE, "");

    public FieldMessage {
        Objects.requireNonNull(severity, "severity");
        text = text == null ? "" : text;
    }

    public static FieldMessage error(String text) {
        return new FieldMessage(Severity.ERROR, text);
    }

    public static FieldMessage warning(String text) {
        return new FieldMessage(Severity.WARNING, text);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
