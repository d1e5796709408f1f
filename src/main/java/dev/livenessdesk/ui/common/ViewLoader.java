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
        Class<?> type = controller.getClass();
        URL fxml = type.getResource(name + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("Missing " + name + ".fxml next to " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, bundle(type, name));
        loader.setControllerFactory(requested -> controller);
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
