package dev.livenessdesk.core.campaign;

import java.util.Locale;
import java.util.Optional;

/**
 * The rule for campaign and scenario names, one place for the form and the command line: trimmed, 1 to
 * {@value #MAX_LENGTH} characters, no control characters. Names are how two desks find the same campaign.
 */
public final class CampaignNames {

    public static final int MAX_LENGTH = 80;

    private CampaignNames() {
    }

    /**
     * The name as kept: stripped of surrounding white space of any kind, no-break spaces and U+FEFF included
     * (a name pasted from a spreadsheet often carries them; {@link String#strip()} keeps them).
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        int start = 0;
        int end = name.length();
        while (start < end && isBlank(name.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** Why this name cannot be used, in words for the field; empty when it can. */
    public static Optional<String> problem(String name) {
        String kept = normalize(name);
        if (kept.isEmpty()) {
            return Optional.of(CampaignWords.get("name.empty"));
        }
        if (kept.codePointCount(0, kept.length()) > MAX_LENGTH) {
            return Optional.of(CampaignWords.get("name.long", MAX_LENGTH));
        }
        if (kept.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(CampaignWords.get("name.control"));
        }
        return Optional.empty();
    }

    /** Two names are the same campaign or scenario regardless of case, as a person would read them. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** The form two names share when they are the same: for maps and database keys. */
    public static String key(String name) {
        return normalize(name).toLowerCase(Locale.ROOT);
    }

    static String require(String name) {
        problem(name).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        return normalize(name);
    }
}
