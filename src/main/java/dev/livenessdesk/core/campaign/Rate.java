package dev.livenessdesk.core.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * An error rate as counted: {@code errors} of {@code scored} presentations (attacks accepted for APCER, bona fide
 * rejected for BPCER). Undefined, not zero, when nothing was scored.
 */
public record Rate(int errors, int scored) {

    public Rate {
        if (errors < 0 || scored < 0 || errors > scored) {
            throw new IllegalArgumentException("errors " + errors + " of " + scored);
        }
    }

    public boolean isDefined() {
        return scored > 0;
    }

    /** errors / scored, 0..1; empty when nothing was scored. */
    public OptionalDouble fraction() {
        return scored == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) errors / scored);
    }

    /** "2/20". */
    public String countText() {
        return errors + "/" + scored;
    }

    /** "10%", "33.3%": at most one decimal, as a report shows it; "" when undefined. */
    public String percentText() {
        if (scored == 0) {
            return "";
        }
        BigDecimal percent = BigDecimal.valueOf(errors * 100L).divide(BigDecimal.valueOf(scored), 1,
                RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.toPlainString() + "%";
    }
}
