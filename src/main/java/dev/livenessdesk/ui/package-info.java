/**
 * The desktop screens, one package each: a View (the FXML controller, built through {@code ui.common.ViewLoader}),
 * its ViewModel (state as JavaFX properties, tested without a robot) and the FXML, CSS and words beside it in the
 * resources. Screens never import each other; {@code app.Workspace} hands work between them.
 */
package dev.livenessdesk.ui;
