package dev.livenessdesk.core.erasure;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An age typed by a user for a purge: a whole number of days, "30d" or "30". */
public final class RetentionAge {

    private static final Pattern DAYS = Pattern.compile("\\s*([0-9]{1,6})\\s*[dD]?\\s*");

    private RetentionAge() {
    }

    /** @throws IllegalArgumentException with words for the user, for anything but 1 to 36,500 days */
    public static Duration parse(String typed) {
        Matcher matcher = DAYS.matcher(typed == null ? "" : typed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(ErasureWords.get("age.invalid", typed == null ? "" : typed));
        }
        int days = Integer.parseInt(matcher.group(1));
        if (days < 1 || days > RetentionRule.LONGEST_DAYS) {
            throw new IllegalArgumentException(ErasureWords.get("age.range", days, RetentionRule.LONGEST_DAYS));
        }
        return Duration.ofDays(days);
    }
}
