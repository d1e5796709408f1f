package dev.livenessdesk.core.check;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a check page ended, in the words the desk shows next to the session.
 *
 * @param errorState the component's error state (CAMERA_ACCESS_ERROR, TIMEOUT, ...) when it failed
 * @param detail     the component's own message, for a ticket; never shown alone
 */
public record CheckOutcome(Kind kind, Optional<String> errorState, String words, Optional<String> detail) {

    public enum Kind {
        /** The check ran to the end: the session's result can be read now. */
        COMPLETED,
        /** The person cancelled the check on the page. */
        CANCELLED,
        /** The component reported an error (camera, frame rate, face, connection, server ...). */
        FAILED,
        /** Nobody started the check in time: the session can no longer be started. */
        EXPIRED,
        /** The user closed the page's server from the desk. */
        CLOSED
    }

    private static final int MAX_TEXT = 500;

    public CheckOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(words, "words");
        errorState = errorState == null ? Optional.empty() : errorState;
        detail = detail == null ? Optional.empty() : detail;
    }

    public static CheckOutcome completed() {
        return new CheckOutcome(Kind.COMPLETED, Optional.empty(), CheckWords.get("outcome.completed"),
                Optional.empty());
    }

    public static CheckOutcome cancelled() {
        return new CheckOutcome(Kind.CANCELLED, Optional.empty(), CheckWords.get("outcome.cancelled"),
                Optional.empty());
    }

    public static CheckOutcome expired() {
        return new CheckOutcome(Kind.EXPIRED, Optional.empty(), CheckWords.get("outcome.expired"), Optional.empty());
    }

    public static CheckOutcome closed() {
        return new CheckOutcome(Kind.CLOSED, Optional.empty(), CheckWords.get("outcome.closed"), Optional.empty());
    }

    /**
     * The component's error in words. The state comes from a browser, so only a known name's words are used;
     * anything else is named as unknown, cut to a short length, never interpreted.
     */
    public static CheckOutcome failed(String state, String detail) {
        String cleanState = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        if (!cleanState.matches("[A-Z_]{1,64}")) {
            cleanState = "";
        }
        Optional<String> cleanDetail = Optional.ofNullable(detail).map(CheckOutcome::shorten)
                .filter(text -> !text.isBlank());
        String words = CheckErrorWords.of(cleanState, cleanDetail.orElse(""));
        return new CheckOutcome(Kind.FAILED, Optional.of(cleanState).filter(s -> !s.isEmpty()), words, cleanDetail);
    }

    /** True when the person got as far as the check's end, so the service has a result to read. */
    public boolean hasResult() {
        return kind == Kind.COMPLETED;
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ").strip();
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "…";
    }
}
