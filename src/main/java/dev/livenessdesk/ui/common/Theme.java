package dev.livenessdesk.ui.common;

import java.net.URL;

/**
 * The AtlantaFX themes, by their stylesheet. atlantafx-base 2.1.0 ships Java 21 class files, which a Java 17
 * runtime refuses, so the app uses the theme's CSS straight from the jar instead of the PrimerLight class.
 */
public enum Theme {
    PRIMER_LIGHT("/atlantafx/base/theme/primer-light.css");

    private final String resource;

    Theme(String resource) {
        this.resource = resource;
    }

    /** The stylesheet URL for {@code Application.setUserAgentStylesheet}. */
    public String stylesheet() {
        URL url = Theme.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("AtlantaFX theme missing from the classpath: " + resource);
        }
        return url.toExternalForm();
    }
}
