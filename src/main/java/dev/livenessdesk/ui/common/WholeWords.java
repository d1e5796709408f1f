package dev.livenessdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * Buttons and one-line labels never shrink below their words: a container too narrow for them grows (and the tab
 * around it scrolls) instead of cutting a button's name to "Expo...". A control whose least width the view set
 * itself (a label meant to give way) keeps it. Larger text (the Display menu) is where this matters: pixel widths
 * chosen at 14 px cut words at 21 px.
 */
public final class WholeWords {

    private WholeWords() {
    }

    /** Every button and every label that does not wrap in this view, those inside fold-outs and tabs too. */
    public static void keep(Node root) {
        eachNode(root, node -> {
            boolean oneLine = node instanceof ButtonBase || node instanceof Label label && !label.isWrapText();
            if (oneLine && node instanceof Region region && region.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
    }

    /** Every node of a view as FXML builds it: children, and what fold-outs, scroll panes and tabs hold. */
    static void eachNode(Node node, Consumer<Node> action) {
        action.accept(node);
        List<Node> inside = new ArrayList<>();
        if (node instanceof Parent parent) {
            inside.addAll(parent.getChildrenUnmodifiable());
        }
        if (node instanceof TitledPane titled && titled.getContent() != null) {
            inside.add(titled.getContent());
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            inside.add(scroll.getContent());
        }
        if (node instanceof SplitPane split) {
            inside.addAll(split.getItems());
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).forEach(inside::add);
        }
        inside.forEach(child -> eachNode(child, action));
    }
}
