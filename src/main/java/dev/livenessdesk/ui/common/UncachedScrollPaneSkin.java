package dev.livenessdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin, drawing its content every frame instead of keeping a picture of it. The stock skin
 * caches its viewport: one picture the viewport's size per scroll pane, kept for as long as the pane lives (in the
 * software renderer an int[] on the heap, 2.8 MB for a whole tab; after 300 sandbox sessions four of them and
 * their drawing surfaces were 20 MB of what the idle window kept, bench/README). The cache also blurs text that
 * lands between pixels. Every scroll pane of the desk gets it from desk.css.
 */
public class UncachedScrollPaneSkin extends ScrollPaneSkin {

    /** Public, with this one argument, for CSS's {@code -fx-skin}. */
    public UncachedScrollPaneSkin(ScrollPane pane) {
        super(pane);
        // The viewport is private to the stock skin; it is the child with the "viewport" style class, and the skin
        // sets its cache only once, here, in its constructor.
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
