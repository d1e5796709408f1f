package dev.livenessdesk.ui.activity;

import dev.livenessdesk.core.activity.ActivityOutcome;
import dev.livenessdesk.core.activity.ActivitySession;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** What the sessions table's cells say: short texts with the whole one on hover, callers named by their role. */
final class SessionCells {

    private SessionCells() {
    }

    /** "checkout-backend" of an assumed role's ARN, "user/ana" of a user's; the whole text of anything else. */
    static String roleOf(String caller) {
        int role = caller.indexOf(":assumed-role/");
        if (role >= 0) {
            String rest = caller.substring(role + ":assumed-role/".length());
            int slash = rest.indexOf('/');
            return slash > 0 ? rest.substring(0, slash) : rest;
        }
        int user = caller.indexOf(":user/");
        return user >= 0 ? caller.substring(user + 1) : caller;
    }

    /** "14:05:02" today, "12-05 14:05" another day: the column stays narrow, the hover has the whole time. */
    static String shortTime(java.time.Instant time, ZoneId zone) {
        var at = time.atZone(zone);
        boolean today = at.toLocalDate().equals(java.time.LocalDate.now(zone));
        return java.time.format.DateTimeFormatter.ofPattern(today ? "HH:mm:ss" : "MM-dd HH:mm").format(at);
    }

    /** The browser and system where known ("Safari 16 on iOS 16"), else the SDK, else the raw text. */
    static String clientCell(dev.livenessdesk.core.activity.ClientAgent client) {
        if (client.browser().isPresent()) {
            return client.os().map(os -> client.browser().get() + " / " + os).orElse(client.browser().get());
        }
        return client.sdk().or(client::os).orElse(client.raw());
    }

    /** The outcome with the reader of the results named by role, as the caller column names the creator. */
    static String outcomeCell(ActivitySession session) {
        String base = session.reason().filter(r -> session.outcome() == ActivityOutcome.FAILED)
                .map(r -> session.outcome().label() + ": " + r.title()).orElseGet(() -> session.outcome().label());
        if (session.resultReads().isEmpty()) {
            return base;
        }
        String reader = session.resultReads().get(session.resultReads().size() - 1).caller();
        return ActivityText.get("cell.readBy", base, roleOf(reader));
    }

    /** Cells that wrap (a row grows to two lines rather than cut a reason short) with the whole text on hover. */
    static void cells(TableColumn<ActivitySession, ?> column, boolean wrap,
                              Function<ActivitySession, String> text, Function<ActivitySession, String> tip) {
        @SuppressWarnings("unchecked")
        TableColumn<ActivitySession, ActivitySession> sessions = (TableColumn<ActivitySession, ActivitySession>) column;
        sessions.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        sessions.setCellFactory(c -> new TableCell<>() {
            {
                setWrapText(wrap);
            }

            @Override
            protected void updateItem(ActivitySession session, boolean empty) {
                super.updateItem(session, empty);
                setText(empty || session == null ? null : text.apply(session));
                String hover = empty || session == null ? "" : tip.apply(session);
                setTooltip(hover.isEmpty() ? null : new Tooltip(hover));
            }
        });
    }
}
