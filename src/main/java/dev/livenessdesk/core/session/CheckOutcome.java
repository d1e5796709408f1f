package dev.livenessdesk.core.session;

/** How a played check ends, for the offline sandbox's "Play the check". */
public enum CheckOutcome {
    /** A live person in good conditions: a high score. */
    LIVE,
    /** A photo or screen held up to the camera: the check runs, the score says "not live". */
    SPOOF,
    /** A live person in a dim room, off to one side: a low score, with feedback saying why, and fewer audits. */
    POOR_CONDITIONS
}
