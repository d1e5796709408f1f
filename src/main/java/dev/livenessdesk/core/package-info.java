/**
 * What the app is about, in plain Java (it imports only the JDK): sessions, images, connections, the history
 * port, failures, files and the words shared by the app and the command line. Adapters ({@code aws},
 * {@code sandbox}, {@code history}) implement its ports; screens and commands use them.
 */
package dev.livenessdesk.core;
