package dev.livenessdesk.core.campaign;

/**
 * Where BPCER and the worst-case APCER meet as the pass mark moves (the equal-error point). Between two whole pass
 * marks the curves are read as straight lines, as the plot draws them. When they run together over a stretch
 * (both at 0% for a well separated campaign), {@code fromMark < toMark} spans it.
 *
 * @param rate the error rate both have there, 0..1
 */
public record Crossing(double fromMark, double toMark, double rate) {

    /** The single pass mark to show: the middle of the stretch. */
    public double passMark() {
        return (fromMark + toMark) / 2;
    }
}
