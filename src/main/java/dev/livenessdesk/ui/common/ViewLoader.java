package dev.livenessdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/**
 * Loads a screen's FXML with its resource bundle and a controller the caller built (so it can take arguments).
 *
 * <p>A label names its control with {@code <properties labelFor="controlId"/>} (the control's fx:id), joined after
 * the whole file is read. FXML's own {@code labelFor="$controlId"} resolves while the label is read, before a
 * control that comes after it exists, and leaves the label for nothing: no accessible name, no mnemonic.
 */
public final class ViewLoader {

    private static final String LABEL_FOR = "labelFor";

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
            Parent root = loader.load();
            joinLabels(root, loader.getNamespace());
            WholeWords.keep(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }

    /** Sets each label's {@code labelFor} from its {@code labelFor} property, anywhere in the view. */
    private static void joinLabels(Node root, Map<String, Object> namespace) {
        WholeWords.eachNode(root, node -> {
            if (node instanceof Label label && label.getProperties().get(LABEL_FOR) instanceof String id) {
                if (!(namespace.get(id) instanceof Node control)) {
                    throw new IllegalStateException("A label is for '" + id + "', which the view does not have");
                }
                label.setLabelFor(control);
            }
        });
    }

    public static ResourceBundle bundle(Class<?> screen, String name) {
        return ResourceBundle.getBundle(screen.getPackageName() + "." + name, Locale.getDefault());
    }
}
