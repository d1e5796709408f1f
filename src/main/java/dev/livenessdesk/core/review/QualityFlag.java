package dev.livenessdesk.core.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What made the images hard to judge, on the letter key that toggles it on the review screen. */
public enum QualityFlag {
    FACE_COVERED('C', "face-covered"),
    TOO_DARK('D', "too-dark"),
    TOO_BRIGHT('B', "too-bright"),
    NOT_SAME_PERSON('P', "not-same-person"),
    NO_FACE('F', "no-face");

    private final char key;
    private final String wireName;

    QualityFlag(char key, String wireName) {
        this.key = key;
        this.wireName = wireName;
    }

    /** The letter that toggles it (upper case; the screen takes either case). */
    public char key() {
        return key;
    }

    public String wireName() {
        return wireName;
    }

    /** What a user reads: "too dark". */
    public String label() {
        return ReviewWords.get("flag." + name());
    }

    public static Optional<QualityFlag> fromKey(char letter) {
        char wanted = Character.toUpperCase(letter);
        return Arrays.stream(values()).filter(f -> f.key == wanted).findFirst();
    }

    /** Reads a record's flag; empty for anything this version does not know. */
    public static Optional<QualityFlag> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.wireName.equals(wanted)).findFirst();
    }
}
