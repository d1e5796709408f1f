package dev.livenessdesk.core.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of presentation attack instrument (PAI species, ISO/IEC 30107-3) a campaign can try. */
public enum AttackSpecies {
    PRINTED_PHOTO("printed-photo"),
    SCREEN_REPLAY("screen-replay"),
    MASK("mask"),
    /** Deepfakes and injected video: the camera is bypassed, not fooled. */
    INJECTION("injection"),
    OTHER("other");

    private final String wireName;

    AttackSpecies(String wireName) {
        this.wireName = wireName;
    }

    /** The name used on the command line and in records: "printed-photo". */
    public String wireName() {
        return wireName;
    }

    /** What a user reads: "printed photo". */
    public String label() {
        return CampaignWords.get("species." + name());
    }

    public static Optional<AttackSpecies> fromWire(String name) {
        String wanted = CampaignNames.normalize(name).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.wireName.equals(wanted)).findFirst();
    }
}
