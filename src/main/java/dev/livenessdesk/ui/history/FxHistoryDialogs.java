package dev.livenessdesk.ui.history;

import dev.livenessdesk.core.history.HistoryExportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The history's questions as JavaFX dialogs owned by the main window. */
public final class FxHistoryDialogs implements HistoryDialogs {

    private final Supplier<Window> owner;

    /** @param owner the window the dialogs belong to (asked each time, as it may not exist yet when built) */
    public FxHistoryDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirmRemoval(String title, String message, String confirmLabel) {
        ButtonType remove = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, remove, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        // Cancel is the default: removing is the less common wish.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(remove)).setDefaultButton(false);
        return alert.showAndWait().filter(remove::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseExportFile(String title, String suggestedName, HistoryExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        String extension = format.extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                format.name().toUpperCase(Locale.ROOT) + " (*." + extension + ")", "*." + extension));
        File chosen = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
