/**
 * What the app remembers between runs (window, last form choices, the pass mark), in a JSON file; never
 * credentials. Screens see only the {@code PreferencesStore} interface and its records.
 */
package dev.livenessdesk.settings;
