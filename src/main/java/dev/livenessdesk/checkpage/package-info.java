/**
 * The check page's loopback server: serves the page built from src/main/web for one session on 127.0.0.1 and a
 * random port, behind a one-time token, and hands the page its credentials once. An adapter of
 * {@link dev.livenessdesk.core.check.CheckPageHost}, on the JDK's HTTP server.
 */
package dev.livenessdesk.checkpage;
