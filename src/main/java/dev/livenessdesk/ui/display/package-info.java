/**
 * The Display menu: light, dark and high-contrast themes (AtlantaFX's themes with the desk's looked-up colours),
 * the OS high-contrast setting followed at start, and a text size that scales every window through its root font
 * size; the choice is remembered with the preferences.
 */
package dev.livenessdesk.ui.display;
