/** The connection bar: the profile in use, the region and the identity it reaches, SSO sign-in, the sandbox banner. */
package dev.livenessdesk.ui.connection;
