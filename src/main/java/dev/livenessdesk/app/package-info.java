/**
 * The desktop app's composition root: picks the backend (AWS or the offline sandbox), builds every service once,
 * builds each screen through its view, wires the screens to each other ({@code Workspace}) and owns shutdown.
 * With {@code Main}, the only place that chooses adapters; it holds no logic a screen could hold.
 */
package dev.livenessdesk.app;
