/**
 * The Images tab: sessions under a bucket and prefix, one session's reference and audit images as thumbnails
 * (loaded a few at a time, cached in memory, never written to disk), and the full-size view with Save as and links.
 */
package dev.livenessdesk.ui.viewer;
