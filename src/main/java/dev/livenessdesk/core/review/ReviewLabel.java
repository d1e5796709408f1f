package dev.livenessdesk.core.review;

import dev.livenessdesk.core.campaign.AttackSpecies;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A reviewer's judgement of what was in front of the camera, on the digit key that gives it. "Cannot tell" is a
 * label too: it is counted apart, never as live nor as an attack.
 */
public enum ReviewLabel {
    CANNOT_TELL('0', "cannot-tell", null),
    LIVE('1', "live", null),
    PRINTED_PHOTO('2', "printed-photo", AttackSpecies.PRINTED_PHOTO),
    SCREEN_REPLAY('3', "screen-replay", AttackSpecies.SCREEN_REPLAY),
    MASK('4', "mask", AttackSpecies.MASK),
    INJECTION('5', "injection", AttackSpecies.INJECTION),
    OTHER_ATTACK('6', "other-attack", AttackSpecies.OTHER);

    private final char key;
    private final String wireName;
    private final AttackSpecies species;

    ReviewLabel(char key, String wireName, AttackSpecies species) {
        this.key = key;
        this.wireName = wireName;
        this.species = species;
    }

    /** The digit that gives this label on the review screen. */
    public char key() {
        return key;
    }

    /** The name in records and exports: "printed-photo". */
    public String wireName() {
        return wireName;
    }

    /** What a user reads: "printed photo". */
    public String label() {
        return ReviewWords.get("label." + name());
    }

    /** The attack species this label names; empty for live and cannot tell. */
    public Optional<AttackSpecies> species() {
        return Optional.ofNullable(species);
    }

    public boolean isAttack() {
        return species != null;
    }

    /** Whether the label says something about the truth (live or an attack), unlike "cannot tell". */
    public boolean isDecided() {
        return this != CANNOT_TELL;
    }

    public static Optional<ReviewLabel> fromKey(char digit) {
        return Arrays.stream(values()).filter(l -> l.key == digit).findFirst();
    }

    /** Reads a record's or an argument's label; empty for anything else (a newer desk's label, or junk). */
    public static Optional<ReviewLabel> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.wireName.equals(wanted)).findFirst();
    }
}
