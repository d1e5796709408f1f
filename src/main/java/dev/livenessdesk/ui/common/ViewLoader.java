package dev.livenessdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with its resource bundle and a controller the caller built (so it can take arguments). */
public final class ViewLoader {

    private ViewLoader() {
    }

    /** Loads {@code <Name>.fxml} and {@code <Name>.properties} from the controller's package. */
    public static Parent load(Object controller, String name) {
        return load(controller, name, bundle(controller.getClass(), name));
    }

    /**
     * Loads {@code <Name>.fxml} from the controller's package with the given bundle. The FXML names no
     * controller: the one passed here, already built with its view model, receives the {@code @FXML} fields.
     */
    public static Parent load(Object controller, String name, ResourceBundle bundle) {
        Class<?> type = controller.getClass();
        URL fxml = type.getResource(name + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("Missing " + name + ".fxml next to " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }

    public static ResourceBundle bundle(Class<?> screen, String name) {
        return ResourceBundle.getBundle(screen.getPackageName() + "." + name, Locale.getDefault());
    }
}
