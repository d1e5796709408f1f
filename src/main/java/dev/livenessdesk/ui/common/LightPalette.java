package dev.livenessdesk.ui.common;

/**
 * The desk's palette for the light theme (the looked-up colours every screen's stylesheet uses, -desk-*), kept here
 * because two screens need it: the Display menu's light look, and the campaign report's pictures, which are light
 * whatever the window's theme (a report is read on paper). One file, so the two cannot drift apart.
 */
public final class LightPalette {

    private LightPalette() {
    }

    /** The stylesheet's URL, for a scene's or a node's stylesheets. */
    public static String stylesheet() {
        return LightPalette.class.getResource("light-palette.css").toExternalForm();
    }
}
