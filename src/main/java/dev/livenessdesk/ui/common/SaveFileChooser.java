package dev.livenessdesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save an image: the one way image bytes reach the disk. Tests replace it with a fixed answer. */
@FunctionalInterface
public interface SaveFileChooser {

    Optional<Path> chooseTarget(String suggestedName);

    /** A native "Save as" dialog over the given window; call on the FX thread. */
    static SaveFileChooser dialog(Supplier<Window> owner, String title) {
        return suggestedName -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
        };
    }
}
