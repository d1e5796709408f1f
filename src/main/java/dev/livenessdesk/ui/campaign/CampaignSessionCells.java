package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.verdict.FeedbackAdvice;
import dev.livenessdesk.ui.common.HoverTooltip;
import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.session.SessionStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;

/**
 * How one campaign session reads in the Campaign tab's table: the text of each column, the status cell's colour
 * class, and the dimmed row of an excluded session. Kept apart from {@link CampaignPaneView}, which binds the tab
 * to its model, because cell drawing is the same for every row and has nothing to do with the bindings.
 */
final class CampaignSessionCells {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private CampaignSessionCells() {
    }

    /**
     * A column showing one text of the row's session. Records come from teammates' buckets: control characters
     * and bidi overrides are shown, not acted on.
     */
    static void text(TableColumn<CampaignSession, String> column, Function<CampaignSession, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(VisibleText.of(value.apply(row.getValue()))));
    }

    /** The status column: the session itself is the cell's value, so the cell can pick its colour class. */
    static void status(TableColumn<CampaignSession, CampaignSession> column) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CampaignSession session, boolean empty) {
                super.updateItem(session, empty);
                getStyleClass().removeAll("status-succeeded", "status-failed", "status-expired", "status-in-progress");
                if (empty || session == null) {
                    setText(null);
                    return;
                }
                setText(session.status() == SessionStatus.UNKNOWN ? VisibleText.of(session.rawStatus())
                        : session.status().name());
                getStyleClass().add(switch (session.status()) {
                    case SUCCEEDED -> "status-succeeded";
                    case FAILED -> "status-failed";
                    case EXPIRED -> "status-expired";
                    default -> "status-in-progress";
                });
            }
        });
    }

    /** A row that carries the "excluded-row" style while its session is out of the metrics. */
    static TableRow<CampaignSession> row() {
        return new TableRow<>() {
            @Override
            protected void updateItem(CampaignSession session, boolean empty) {
                super.updateItem(session, empty);
                getStyleClass().remove("excluded-row");
                if (!empty && session != null && session.excluded()) {
                    getStyleClass().add("excluded-row");
                }
            }
        };
    }

    static String confidence(CampaignSession session) {
        return session.confidence().map(c -> String.format(Locale.ROOT, "%.1f", c)).orElse("");
    }

    /** In the words of the Result tab's chips ("Poor video"); the codes as sent are the cell's tooltip. */
    static String feedback(CampaignSession session) {
        return FeedbackAdvice.titles(session.feedbackCodes());
    }

    /** The feedback column: the words, and on hover the codes as Rekognition sent them. */
    static void feedback(TableColumn<CampaignSession, CampaignSession> column) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setComparator(java.util.Comparator.comparing(CampaignSessionCells::feedback));
        column.setCellFactory(c -> new TableCell<>() {
            private final HoverTooltip codes = HoverTooltip.on(this);

            @Override
            protected void updateItem(CampaignSession session, boolean empty) {
                super.updateItem(session, empty);
                boolean none = empty || session == null || session.feedbackCodes().isEmpty();
                setText(empty || session == null ? null : VisibleText.of(feedback(session)));
                codes.setText(none ? null : VisibleText.of(String.join(", ", session.feedbackCodes())));
            }
        });
    }

    /** When the session was created, in this computer's time zone. */
    static String time(CampaignSession session) {
        return TIME.format(session.createdAt());
    }

    /** The tester's note, marked first when the session is excluded. */
    static String note(CampaignSession session) {
        return (session.excluded() ? CampaignText.get("outcome.excludedNote") + " " : "") + session.note().orElse("");
    }
}
