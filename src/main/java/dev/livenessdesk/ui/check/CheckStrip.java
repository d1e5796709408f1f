package dev.livenessdesk.ui.check;

import dev.livenessdesk.ui.common.ClipboardService;
import javafx.animation.KeyFrame;
import javafx.beans.binding.Bindings;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Result tab's strip for a CREATED session: Run the check here, how the last check ended, and the hand-off
 * (link and QR code) folded away below. Small enough to build in code.
 */
public final class CheckStrip extends VBox {

    private final Timeline ticker;

    public CheckStrip(CheckRunViewModel check, HandOffViewModel handOff) {
        setId("checkStrip");
        getStyleClass().add("check-strip");
        setSpacing(4);
        setPadding(new Insets(8, 12, 8, 12));
        setStyle("-fx-border-color: -color-border-default; -fx-border-width: 0 0 1 0;");

        Button run = RunCheckButton.create(check);
        run.setId("runCheckStripButton");
        Button stop = new Button(CheckRunWords.get("button.stop"), new FontIcon(Feather.SQUARE));
        stop.setId("stopCheckButton");
        stop.setOnAction(event -> check.stop());
        stop.visibleProperty().bind(check.servingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("checkMessage");
        message.setWrapText(true);
        // Long words (no browser started, and why) wrap onto more lines instead of ending in "...".
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(check.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        // The 3 minutes to start, beside the button that starts the check (the form with its own countdown is
        // folded by now, and the hand-off's is folded away too).
        Label countdown = new Label();
        countdown.setId("checkCountdown");
        countdown.getStyleClass().add("check-countdown");
        countdown.setGraphic(new FontIcon(Feather.CLOCK));
        countdown.setMinWidth(Region.USE_PREF_SIZE);
        countdown.textProperty().bind(handOff.timeLeftProperty());
        countdown.visibleProperty().bind(check.targetProperty().isNotNull()
                .and(handOff.timeLeftProperty().isNotEmpty()));
        countdown.managedProperty().bind(countdown.visibleProperty());
        HBox row = new HBox(8, run, stop, countdown, message);
        row.setAlignment(Pos.CENTER_LEFT);

        HBox addressRow = addressRow(check);

        TitledPane handOffPane = new TitledPane(CheckRunWords.get("handoff.label"), handOffContent(handOff));
        handOffPane.setId("handOffPane");
        handOffPane.setExpanded(false);
        handOffPane.setAnimated(false);
        getChildren().addAll(row, addressRow, handOffPane);

        visibleProperty().bind(check.targetProperty().isNotNull().or(check.servingProperty())
                .or(check.messageProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> handOff.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /**
     * The served page's full address, selectable, with Copy: the user can always open it by hand, also when no
     * browser could be started. Shown while the page is served.
     */
    public static HBox addressRow(CheckRunViewModel check) {
        Label label = new Label(CheckRunWords.get("address.label"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField address = new TextField();
        address.setId("checkPageAddress");
        address.setEditable(false);
        address.textProperty().bind(check.addressProperty());
        label.setLabelFor(address);
        HBox.setHgrow(address, Priority.ALWAYS);
        Button copy = new Button(CheckRunWords.get("address.copy"), new FontIcon(Feather.COPY));
        copy.setId("copyCheckPageAddress");
        copy.setAccessibleText(CheckRunWords.get("address.copy.accessible"));
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(event -> check.copyAddress(ClipboardService.system()));
        HBox row = new HBox(8, label, address, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(check.addressProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private static HBox handOffContent(HandOffViewModel handOff) {
        TextField template = new TextField();
        template.setId("handOffTemplate");
        template.setPromptText(CheckRunWords.get("handoff.template.prompt"));
        template.setAccessibleText(CheckRunWords.get("handoff.template.accessible"));
        template.textProperty().bindBidirectional(handOff.templateProperty());
        Label problem = new Label();
        problem.setId("handOffProblem");
        problem.getStyleClass().add("field-error");
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.textProperty().bind(handOff.problemProperty());
        problem.visibleProperty().bind(handOff.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        // A link with a session id runs to 100 characters: it wraps onto a second line rather than being cut.
        TextArea link = new TextArea();
        link.setId("handOffLink");
        link.setEditable(false);
        link.setWrapText(true);
        link.setPrefRowCount(2);
        link.getStyleClass().add("hand-off-link");
        link.setAccessibleText(CheckRunWords.get("handoff.link.accessible"));
        link.textProperty().bind(handOff.linkProperty());
        HBox.setHgrow(link, Priority.ALWAYS);
        Button copy = new Button(CheckRunWords.get("handoff.copy"), new FontIcon(Feather.COPY));
        copy.setId("copyHandOffButton");
        copy.setOnAction(event -> handOff.copyLink());
        copy.disableProperty().bind(handOff.linkProperty().isEmpty());
        copy.setMinWidth(Region.USE_PREF_SIZE);
        Label countdown = new Label();
        countdown.setId("handOffCountdown");
        countdown.textProperty().bind(handOff.countdownProperty());
        countdown.setMinWidth(Region.USE_PREF_SIZE);
        HBox linkRow = new HBox(8, link, copy, countdown);
        linkRow.setAlignment(Pos.CENTER_LEFT);
        VBox fields = new VBox(6, template, problem, linkRow);
        HBox.setHgrow(fields, Priority.ALWAYS);
        ImageView qr = new ImageView();
        qr.setId("handOffQr");
        qr.imageProperty().bind(handOff.qrCodeProperty());
        qr.visibleProperty().bind(handOff.qrCodeProperty().isNotNull());
        qr.managedProperty().bind(qr.visibleProperty());
        // The picture says what it holds (the link itself), for a screen reader and in its tooltip.
        qr.accessibleTextProperty().bind(Bindings.createStringBinding(() -> handOff.linkProperty().get().isEmpty()
                ? "" : CheckRunWords.get("handoff.qr.accessible", handOff.linkProperty().get()), handOff.linkProperty()));
        Tooltip.install(qr, new Tooltip(CheckRunWords.get("handoff.qr.tooltip")));
        HBox content = new HBox(12, fields, qr);
        content.setAlignment(Pos.TOP_LEFT);
        return content;
    }

    public void dispose() {
        ticker.stop();
    }
}
