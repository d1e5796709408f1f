package dev.livenessdesk.ui.erasure;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.erasure.JournalRun;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.WholeWords;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
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
 * The erasure dialog: what will go, the typed confirmation, progress with Cancel, then what went and the receipt.
 * One dialog for a session and for a purge by age (whose bucket, prefix and age are typed at its top).
 */
public final class ErasureDialog {

    private final ErasureViewModel model;
    private final ClipboardService clipboard;
    private final VBox root = new VBox(8);
    private final TextField bucketField = new TextField();
    private final TextField prefixField = new TextField();
    private final TextField ageField = new TextField("30");

    public ErasureDialog(ErasureViewModel model, ClipboardService clipboard) {
        this.model = model;
        this.clipboard = clipboard;
    }

    /** A dialog for one session, already listing what will go. */
    public Stage openSession(Window owner, ConnectionSettings connection, String bucket, String prefix,
                             String sessionId) {
        forSession(connection, bucket, prefix, sessionId);
        return show(owner, ErasureWords.get("title.session"));
    }

    /** A dialog for a purge: the user types the age and asks for the figures first. */
    public Stage openPurge(Window owner, ConnectionSettings connection, String bucket, String prefix) {
        forPurge(connection, bucket, prefix);
        return show(owner, ErasureWords.get("title.purge"));
    }

    /** The content for one session, listing starts at once (tests and screenshots place it themselves). */
    public VBox forSession(ConnectionSettings connection, String bucket, String prefix, String sessionId) {
        build(ErasureWords.get("title.session"), null);
        model.planSession(connection, bucket, prefix, sessionId);
        return root;
    }

    /** The content for a purge by age, before its dry run. */
    public VBox forPurge(ConnectionSettings connection, String bucket, String prefix) {
        bucketField.setText(bucket == null ? "" : bucket);
        prefixField.setText(prefix == null ? "" : prefix);
        build(ErasureWords.get("title.purge"), purgeInputs(connection));
        model.stageProperty().set(ErasureViewModel.Stage.PLANNING);
        return root;
    }

    private Node purgeInputs(ConnectionSettings connection) {
        bucketField.setId("purgeBucket");
        prefixField.setId("purgePrefix");
        ageField.setId("purgeAge");
        ageField.setPrefColumnCount(5);
        Button plan = new Button(ErasureWords.get("button.plan"));
        plan.setId("purgePlan");
        plan.setOnAction(event -> model.planPurge(connection, bucketField.getText().strip(), prefixField.getText(),
                ageField.getText()));
        plan.disableProperty().bind(model.stageProperty().isEqualTo(ErasureViewModel.Stage.ERASING));
        HBox inputs = new HBox(8, new Label(ErasureWords.get("bucket.label")), bucketField,
                new Label(ErasureWords.get("prefix.label")), prefixField, new Label(ErasureWords.get("age.label")),
                ageField, plan);
        inputs.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(bucketField, Priority.ALWAYS);
        HBox.setHgrow(prefixField, Priority.ALWAYS);
        return inputs;
    }

    private void build(String title, Node inputs) {
        root.setPadding(new Insets(14));
        root.setId("erasureDialog");
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        root.getChildren().add(heading);
        if (inputs != null) {
            root.getChildren().add(inputs);
        }
        BooleanBinding planned = model.stageProperty().isEqualTo(ErasureViewModel.Stage.PLANNED);
        BooleanBinding erasing = model.stageProperty().isEqualTo(ErasureViewModel.Stage.ERASING);
        BooleanBinding done = model.stageProperty().isEqualTo(ErasureViewModel.Stage.DONE);
        BooleanBinding failed = model.stageProperty().isEqualTo(ErasureViewModel.Stage.FAILED);

        Label summary = wrapping("erasureSummary");
        summary.textProperty().bind(model.summaryProperty());
        Label unfinished = wrapping("erasureUnfinished");
        unfinished.textProperty().bind(Bindings.createStringBinding(() -> {
            JournalRun run = model.unfinishedProperty().get();
            return run == null ? "" : ErasureWords.get("unfinished", run.settled(), run.total());
        }, model.unfinishedProperty()));
        Button resume = new Button(ErasureWords.get("button.resume"));
        resume.setId("erasureResume");
        resume.setOnAction(event -> model.resume());
        HBox resumeRow = new HBox(8, unfinished, resume);
        shownWhen(resumeRow, model.unfinishedProperty().isNotNull().and(planned));

        ListView<String> lines = new ListView<>(model.lines());
        lines.setId("erasureLines");
        lines.setAccessibleText(ErasureWords.get("lines.accessible"));
        lines.setPrefHeight(220);
        VBox.setVgrow(lines, Priority.ALWAYS);
        shownWhen(lines, planned.or(erasing));

        Label prompt = new Label();
        prompt.setId("erasureConfirmPrompt");
        prompt.textProperty().bind(Bindings.createStringBinding(() -> ErasureWords.get("confirm.prompt",
                "\u201c" + model.expectedProperty().get() + "\u201d"), model.expectedProperty()));
        TextField typed = new TextField();
        typed.setId("erasureConfirmField");
        // The prompt names the field for a screen reader: "Type "f727d9f6" to confirm".
        prompt.setLabelFor(typed);
        typed.setPrefColumnCount(14);
        typed.textProperty().bindBidirectional(model.typedProperty());
        CheckBox inBucket = new CheckBox(ErasureWords.get("receipt.inBucket"));
        inBucket.setId("erasureReceiptInBucket");
        inBucket.selectedProperty().bindBidirectional(model.receiptInBucketProperty());
        Button erase = new Button(ErasureWords.get("button.erase"));
        erase.setId("erasureErase");
        erase.getStyleClass().add("danger");
        erase.disableProperty().bind(model.canEraseProperty().not());
        erase.setOnAction(event -> model.erase());
        HBox confirmRow = new HBox(8, prompt, typed, inBucket, new Region(), erase);
        confirmRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(confirmRow.getChildren().get(3), Priority.ALWAYS);
        shownWhen(confirmRow, planned.and(model.planProperty().isNotNull())
                .and(Bindings.createBooleanBinding(() -> model.planProperty().get() != null
                        && !model.planProperty().get().isEmpty(), model.planProperty())));

        ProgressBar bar = new ProgressBar();
        bar.setId("erasureProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(ErasureWords.get("button.cancel"));
        cancel.setId("erasureCancel");
        cancel.setOnAction(event -> model.cancel());
        HBox progressRow = new HBox(8, bar, cancel);
        shownWhen(progressRow, erasing);
        Label note = wrapping("erasureNote");
        note.textProperty().bind(model.noteProperty());

        Label outcome = wrapping("erasureOutcome");
        outcome.textProperty().bind(model.outcomeProperty());
        ListView<String> remaining = new ListView<>(model.remaining());
        remaining.setId("erasureRemaining");
        remaining.setPrefHeight(90);
        shownWhen(remaining, done.and(Bindings.isNotEmpty(model.remaining())));
        TextArea receipt = new TextArea();
        receipt.setId("erasureReceipt");
        receipt.setEditable(false);
        receipt.setPrefRowCount(8);
        receipt.textProperty().bind(model.receiptJsonProperty());
        VBox.setVgrow(receipt, Priority.ALWAYS);
        Button copy = new Button(ErasureWords.get("button.copyReceipt"));
        copy.setId("erasureCopyReceipt");
        copy.setOnAction(event -> clipboard.copyText(model.receiptJsonProperty().get()));
        VBox result = new VBox(6, outcome, remaining, receipt, copy);
        shownWhen(result, done);

        Label problem = wrapping("erasureProblem");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());
        shownWhen(problem, failed);

        root.getChildren().addAll(summary, resumeRow, lines, confirmRow, progressRow, note, result, problem);
    }

    private Stage show(Window owner, String title) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        // Its buttons and one-line labels stay whole; with larger text the dialog scrolls instead of cutting them.
        WholeWords.keep(root);
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        // The window's background behind the words in every theme (the scroll pane's own is not the theme's).
        root.setStyle("-fx-background-color: -color-bg-default;");
        stage.setScene(new Scene(scroll, 820, 560));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        // Closing the window while it erases stops after the batch being sent; the journal keeps the rest.
        stage.setOnHiding(event -> model.cancel());
        stage.show();
        return stage;
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void shownWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
