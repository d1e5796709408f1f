package dev.livenessdesk.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * Shows a node, and gives it room in its layout, only while a condition holds: a hidden node that kept its room
 * would leave a gap in a row or a column.
 */
public final class ShownWhen {

    private ShownWhen() {
    }

    /** Follows the condition from now on. */
    public static void bound(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Shown or not once, for what is known when the view is built. */
    public static void fixed(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
