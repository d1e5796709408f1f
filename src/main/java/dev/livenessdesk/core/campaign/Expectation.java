package dev.livenessdesk.core.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a scenario presents to the camera: a live person (bona fide) or an attack of one species. Its wire form
 * is what {@code create --expect} takes: {@code bona-fide}, {@code attack:printed-photo}, ...
 *
 * @param species empty for bona fide
 */
public record Expectation(Optional<AttackSpecies> species) {

    public static final Expectation BONA_FIDE = new Expectation(Optional.empty());

    private static final String BONA_FIDE_WIRE = "bona-fide";
    private static final String ATTACK_PREFIX = "attack:";

    public Expectation {
        Objects.requireNonNull(species, "species");
    }

    public static Expectation attack(AttackSpecies species) {
        return new Expectation(Optional.of(Objects.requireNonNull(species, "species")));
    }

    public boolean isBonaFide() {
        return species.isEmpty();
    }

    /** {@code bona-fide} or {@code attack:<species>}. */
    public String wireName() {
        return species.map(s -> ATTACK_PREFIX + s.wireName()).orElse(BONA_FIDE_WIRE);
    }

    /** What a user reads: "bona fide" or "attack: printed photo". */
    public String label() {
        return species.map(s -> CampaignWords.get("expectation.attack", s.label()))
                .orElseGet(() -> CampaignWords.get("expectation.bonaFide"));
    }

    /**
     * Reads the wire form, trimmed and in any case.
     *
     * @throws IllegalArgumentException with words that list the accepted values
     */
    public static Expectation parse(String text) {
        String wanted = CampaignNames.normalize(text).toLowerCase(Locale.ROOT);
        if (wanted.equals(BONA_FIDE_WIRE)) {
            return BONA_FIDE;
        }
        if (wanted.startsWith(ATTACK_PREFIX)) {
            Optional<AttackSpecies> species = AttackSpecies.fromWire(wanted.substring(ATTACK_PREFIX.length()));
            if (species.isPresent()) {
                return attack(species.get());
            }
        }
        throw new IllegalArgumentException(CampaignWords.get("expectation.invalid", text == null ? "" : text,
                acceptedValues()));
    }

    /** "bona-fide, attack:printed-photo, ..." for messages and help texts. */
    public static String acceptedValues() {
        return BONA_FIDE_WIRE + ", " + Arrays.stream(AttackSpecies.values())
                .map(s -> ATTACK_PREFIX + s.wireName()).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return wireName();
    }
}
