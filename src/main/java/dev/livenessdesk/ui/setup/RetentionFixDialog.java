package dev.livenessdesk.ui.setup;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.ui.common.ClipboardService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The lifecycle row's fix, as a window: the days, the proposed rule as S3's JSON and what happens to the bucket's
 * other rules, the bucket's name typed back, then the receipt.
 */
final class RetentionFixDialog {

    private final RetentionFixViewModel model;
    private final ClipboardService clipboard;
    private final VBox root = new VBox(8);

    RetentionFixDialog(RetentionFixViewModel model, ClipboardService clipboard) {
        this.model = model;
        this.clipboard = clipboard;
    }

    Stage open(Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(words("retention.title"));
        Button close = new Button(words("button.close"));
        close.setId("retentionClose");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox closeRow = new HBox(close);
        closeRow.setAlignment(Pos.CENTER_RIGHT);
        content().getChildren().add(closeRow);
        stage.setScene(new Scene(root, 760, 700));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setOnHiding(event -> model.cancel());
        stage.show();
        return stage;
    }

    /** The window's content (tests and screenshots place it themselves). */
    VBox content() {
        if (!root.getChildren().isEmpty()) {
            return root;
        }
        root.setId("retentionFix");
        root.setPadding(new Insets(14));
        BooleanBinding proposed = is(RetentionFixViewModel.Stage.PROPOSED);
        BooleanBinding applied = is(RetentionFixViewModel.Stage.APPLIED);
        BooleanBinding busy = is(RetentionFixViewModel.Stage.READING).or(is(RetentionFixViewModel.Stage.APPLYING));

        Label heading = wrapping("retentionHeading", words("retention.heading", VisibleText.of(model.bucket()),
                VisibleText.of(model.prefix())));
        heading.getStyleClass().add("title-3");
        Label explained = wrapping("retentionExplained", words("retention.explained"));

        Label daysLabel = new Label(words("retention.days"));
        TextField days = new TextField();
        days.setId("retentionDays");
        days.setPrefColumnCount(6);
        days.textProperty().bindBidirectional(model.daysProperty());
        daysLabel.setLabelFor(days);
        days.setAccessibleText(words("retention.days"));
        Button propose = new Button(words("retention.propose"));
        propose.setId("retentionPropose");
        propose.setMinWidth(Region.USE_PREF_SIZE);
        propose.disableProperty().bind(busy.or(applied));
        propose.setOnAction(event -> model.propose());
        days.setOnAction(event -> model.propose());
        HBox daysRow = new HBox(8, daysLabel, days, propose);
        daysRow.setAlignment(Pos.CENTER_LEFT);

        TextArea rule = new TextArea();
        rule.setId("retentionRuleJson");
        rule.setAccessibleText(words("retention.ruleJson"));
        rule.setEditable(false);
        rule.setPrefRowCount(12);
        rule.setStyle("-fx-font-family: monospace;");
        rule.textProperty().bind(model.ruleJsonProperty());
        VBox.setVgrow(rule, Priority.ALWAYS);
        Label merge = wrapping("retentionMerge", "");
        merge.textProperty().bind(model.mergeProperty());
        VBox proposal = new VBox(6, new Label(words("retention.ruleJson")), rule, merge);
        VBox.setVgrow(proposal, Priority.ALWAYS);
        shownWhen(proposal, proposed.or(is(RetentionFixViewModel.Stage.APPLYING)));

        Label prompt = wrapping("retentionConfirmPrompt", words("retention.confirm",
                "\u201c" + VisibleText.of(model.bucket()) + "\u201d"));
        TextField typed = new TextField();
        typed.setId("retentionConfirmField");
        typed.setPrefColumnCount(18);
        typed.setAccessibleText(words("retention.confirm", model.bucket()));
        typed.textProperty().bindBidirectional(model.typedProperty());
        prompt.setLabelFor(typed);
        CheckBox inBucket = new CheckBox(words("retention.receiptInBucket"));
        inBucket.setId("retentionReceiptInBucket");
        inBucket.selectedProperty().bindBidirectional(model.receiptInBucketProperty());
        inBucket.setWrapText(true);
        inBucket.setMinHeight(Region.USE_PREF_SIZE);
        Button apply = new Button(words("retention.apply"));
        apply.setId("retentionApply");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.getStyleClass().add("danger");
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.setOnAction(event -> model.apply());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox confirmRow = new HBox(8, typed, gap, apply);
        confirmRow.setAlignment(Pos.CENTER_LEFT);
        VBox confirm = new VBox(6, prompt, confirmRow, inBucket);
        shownWhen(confirm, proposed);

        Label outcome = wrapping("retentionOutcome", "");
        outcome.textProperty().bind(model.outcomeProperty());
        TextArea receipt = new TextArea();
        receipt.setId("retentionReceipt");
        receipt.setAccessibleText(words("retention.receipt"));
        receipt.setEditable(false);
        receipt.setPrefRowCount(10);
        receipt.textProperty().bind(model.receiptJsonProperty());
        VBox.setVgrow(receipt, Priority.ALWAYS);
        Button copy = new Button(words("retention.copyReceipt"));
        copy.setId("retentionCopyReceipt");
        copy.setOnAction(event -> clipboard.copyText(model.receiptJsonProperty().get()));
        VBox result = new VBox(6, outcome, receipt, copy);
        VBox.setVgrow(result, Priority.ALWAYS);
        shownWhen(result, applied);

        Label problem = wrapping("retentionProblem", "");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());
        shownWhen(problem, is(RetentionFixViewModel.Stage.FAILED));

        root.getChildren().addAll(heading, explained, daysRow, proposal, confirm, result, problem);
        return root;
    }

    private BooleanBinding is(RetentionFixViewModel.Stage wanted) {
        return Bindings.createBooleanBinding(() -> model.stageProperty().get() == wanted, model.stageProperty());
    }

    private static String words(String key, Object... args) {
        return SetupChecklistViewModel.WORDS.get(key, args);
    }

    private static Label wrapping(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static void shownWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
