/**
 * Where calls go: the connection (profile, region, endpoint overrides) and its checks, the profile catalog, the
 * caller identity and the SSO sign-in ports, and the {@code Backend} that hands out each port for a connection.
 */
package dev.livenessdesk.core.connection;
