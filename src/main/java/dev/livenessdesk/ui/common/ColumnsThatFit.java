package dev.livenessdesk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table whose columns fit its width instead of scrolling sideways: each column keeps at least the width its
 * words need (its preferred width), the room left over goes to the columns, and when the table is too narrow for
 * all of them the least needed ones step aside, in the order given, and come back when the room is there again.
 * The table's menu button (the "+" at the right of the header) lists every column, so a hidden one is one click
 * away.
 */
public final class ColumnsThatFit {

    /** The vertical scroll bar takes this much of the width when the rows outgrow the table. */
    private static final double SCROLL_BAR = 16;

    private final TableView<?> table;
    private final List<? extends TableColumn<?, ?>> leastNeededFirst;
    private final Deque<TableColumn<?, ?>> steppedAside = new ArrayDeque<>();
    /** Held here so the weak listener on the application-wide scale lives as long as the table's fitting. */
    private javafx.beans.value.ChangeListener<Number> onScale;

    private ColumnsThatFit(TableView<?> table, List<? extends TableColumn<?, ?>> leastNeededFirst) {
        this.table = table;
        this.leastNeededFirst = List.copyOf(leastNeededFirst);
    }

    /**
     * @param leastNeededFirst the columns that may step aside when the table is narrow, the least needed first;
     *                         the others always show
     */
    public static void install(TableView<?> table, List<? extends TableColumn<?, ?>> leastNeededFirst) {
        ColumnsThatFit fit = new ColumnsThatFit(table, leastNeededFirst);
        Runnable scale = growWithText(table);
        fit.onScale = (obs, old, now) -> {
            scale.run();
            fit.fit(table.getWidth());
        };
        TextScale.factorProperty().addListener(new javafx.beans.value.WeakChangeListener<>(fit.onScale));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTableMenuButtonVisible(true);
        table.widthProperty().addListener((obs, old, width) -> fit.fit(width.doubleValue()));
        fit.fit(table.getWidth());
    }

    /**
     * Each column's width (set in pixels at the usual text size) becomes its least width too, and grows with the
     * Display menu's text size, so a header or a cell that fits at 100 % fits at 150 %; a table narrower than its
     * columns scrolls sideways. Returns what sets the widths for the text size now.
     */
    public static Runnable growWithText(TableView<?> table) {
        java.util.Map<TableColumn<?, ?>, Double> usual = new java.util.HashMap<>();
        for (TableColumn<?, ?> column : table.getColumns()) {
            usual.put(column, column.getPrefWidth());
        }
        Runnable scale = () -> usual.forEach((column, width) -> {
            double scaled = Math.ceil(width * TextScale.factorProperty().get());
            column.setMinWidth(scaled);
            column.setPrefWidth(scaled);
        });
        scale.run();
        // Held by the table, so the weak listener on the application-wide scale lives as long as the table.
        javafx.beans.value.ChangeListener<Number> onScale = (obs, old, now) -> scale.run();
        table.getProperties().put(ColumnsThatFit.class, onScale);
        TextScale.factorProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onScale));
        return scale;
    }

    private void fit(double width) {
        if (width <= 0) {
            return;
        }
        double room = width - SCROLL_BAR - table.getInsets().getLeft() - table.getInsets().getRight();
        // Back first, most needed first, while each still fits; then aside, least needed first, until all fit.
        while (!steppedAside.isEmpty() && needed() + steppedAside.peek().getMinWidth() <= room) {
            steppedAside.pop().setVisible(true);
        }
        for (TableColumn<?, ?> column : leastNeededFirst) {
            if (needed() <= room) {
                break;
            }
            if (column.isVisible()) {
                column.setVisible(false);
                steppedAside.push(column);
            }
        }
    }

    private double needed() {
        return table.getColumns().stream().filter(TableColumn::isVisible).mapToDouble(TableColumn::getMinWidth).sum();
    }
}
