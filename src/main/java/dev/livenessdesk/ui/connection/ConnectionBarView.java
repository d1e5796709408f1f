package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.files.UserHome;
import dev.livenessdesk.ui.common.ShownWhen;
import dev.livenessdesk.ui.common.Tooltips;
import dev.livenessdesk.ui.common.ViewLoader;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The connection bar: always shows which profile, region, endpoints and account the app works with, or a banner
 * that the offline sandbox is on. The region is shown as text: the session form is where it is chosen. Put it at
 * the top of the main window; it only binds and delegates.
 */
public final class ConnectionBarView {

    private final ConnectionBarViewModel viewModel;
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(30), event -> tick()));
    private final Parent root;

    @FXML private VBox connectionBar;
    @FXML private HBox sandboxBannerRow;
    @FXML private Label sandboxBanner;
    @FXML private Label profileLabel;
    @FXML private ComboBox<String> profileBox;
    @FXML private javafx.scene.control.Tooltip profileTooltip;
    @FXML private ToggleButton endpointToggle;
    @FXML private Label identityLabel;
    @FXML private Label expiryLabel;
    @FXML private Button recheckButton;
    @FXML private Button signInButton;
    @FXML private HBox extraActions;
    @FXML private Node connectionRow;
    @FXML private Label noticeLabel;
    @FXML private javafx.scene.layout.GridPane endpointRow;
    @FXML private Label rekognitionEndpointLabel;
    @FXML private TextField rekognitionEndpointField;
    @FXML private Label s3EndpointLabel;
    @FXML private TextField s3EndpointField;
    @FXML private Label cloudTrailEndpointLabel;
    @FXML private TextField cloudTrailEndpointField;
    @FXML private Label athenaEndpointLabel;
    @FXML private TextField athenaEndpointField;
    @FXML private Label endpointProblemLabel;
    @FXML private VBox signInPane;
    @FXML private Label signInMessageLabel;
    @FXML private HBox codeRow;
    @FXML private Label userCodeLabel;
    @FXML private TextField userCodeField;
    @FXML private HBox commandRow;
    @FXML private TextField commandField;

    public ConnectionBarView(ConnectionBarViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this, "ConnectionBar", ConnectionBarViewModel.WORDS.bundle());
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
    }

    public Parent root() {
        return root;
    }

    public ConnectionBarViewModel viewModel() {
        return viewModel;
    }

    /** A place for buttons other screens add to the bar (the setup check), after the bar's own. */
    public HBox extraActions() {
        return extraActions;
    }

    /** A place in the sandbox banner, for the switch back to AWS. */
    public HBox sandboxBannerRow() {
        return sandboxBannerRow;
    }

    /**
     * Offers the move to the other side: in the sandbox banner ("Use AWS"), or after the bar's actions on AWS
     * ("Try the sandbox"); why the last press did not switch is said right under the button's row.
     */
    public void offerSwitch(BackendSwitchViewModel model) {
        if (!model.offered()) {
            return;
        }
        BackendSwitchControls controls = new BackendSwitchControls(model);
        Node row = model.leadsToAws() ? sandboxBannerRow : connectionRow;
        (model.leadsToAws() ? sandboxBannerRow : extraActions).getChildren().add(controls.button());
        connectionBar.getChildren().add(connectionBar.getChildren().indexOf(row) + 1, controls.note());
    }

    @FXML
    private void initialize() {
        boolean sandbox = viewModel.isSandbox();
        ShownWhen.fixed(sandboxBannerRow, sandbox);
        ShownWhen.fixed(sandboxBanner, sandbox);
        sandboxBanner.setText(viewModel.sandboxBannerText());
        // The AWS files as this OS's users write them (%USERPROFILE%\.aws\config on Windows).
        profileTooltip.setText(ConnectionBarViewModel.WORDS.get("profile.tooltip", UserHome.awsConfigShown(),
                UserHome.awsCredentialsShown()));
        if (sandbox) {
            connectionBar.getStyleClass().add("sandbox");
        }
        if (sandbox) {
            recheckButton.getTooltip().setText(ConnectionBarViewModel.WORDS.get("identity.recheck.tooltip.sandbox"));
        }
        RecheckNote.attach(recheckButton, viewModel.identity().recheckNoteProperty());
        bindChoice(viewModel.choice());
        bindIdentity(viewModel.identity());
        bindSignIn(viewModel.signIn());
    }

    private void bindChoice(ConnectionChoiceViewModel choice) {
        EndpointFieldsViewModel endpoints = choice.endpoints();
        profileLabel.setLabelFor(profileBox);
        rekognitionEndpointLabel.setLabelFor(rekognitionEndpointField);
        s3EndpointLabel.setLabelFor(s3EndpointField);
        cloudTrailEndpointLabel.setLabelFor(cloudTrailEndpointField);
        athenaEndpointLabel.setLabelFor(athenaEndpointField);
        profileBox.setItems(choice.profiles());
        profileBox.valueProperty().bindBidirectional(choice.profileProperty());
        profileBox.setAccessibleText(ConnectionBarViewModel.WORDS.get("profile.accessible"));

        endpointToggle.textProperty().bind(endpoints.endpointSummaryProperty());
        // Custom endpoints make a long summary: it may shrink (the tooltip says it in full), so the bar's buttons
        // stay on a 1024 px window; the short default never shrinks.
        // Its words are short already ("Rekognition: 127.0.0.1:9 · S3: AWS"): cut, they said nothing.
        endpointToggle.setMinWidth(Region.USE_PREF_SIZE);
        ShownWhen.fixed(endpointRow, false);
        ShownWhen.bound(endpointRow, endpointToggle.selectedProperty());
        rekognitionEndpointField.textProperty().bindBidirectional(endpoints.rekognitionEndpointProperty());
        s3EndpointField.textProperty().bindBidirectional(endpoints.s3EndpointProperty());
        rekognitionEndpointField.promptTextProperty().bind(endpoints.rekognitionPromptProperty());
        s3EndpointField.promptTextProperty().bind(endpoints.s3PromptProperty());
        cloudTrailEndpointField.textProperty().bindBidirectional(endpoints.cloudTrailEndpointProperty());
        athenaEndpointField.textProperty().bindBidirectional(endpoints.athenaEndpointProperty());
        cloudTrailEndpointField.promptTextProperty().bind(endpoints.cloudTrailPromptProperty());
        athenaEndpointField.promptTextProperty().bind(endpoints.athenaPromptProperty());
        Tooltip where = Tooltips.wrapping();
        where.textProperty().bind(endpoints.endpointDetailsProperty());
        endpointToggle.setTooltip(where);
        endpointProblemLabel.textProperty().bind(endpoints.endpointProblemProperty());
        ShownWhen.bound(endpointProblemLabel, endpointProblemLabel.textProperty().isNotEmpty());
        noticeLabel.textProperty().bind(choice.noticeProperty());
        ShownWhen.bound(noticeLabel, noticeLabel.textProperty().isNotEmpty());
    }

    private void bindIdentity(IdentityViewModel identity) {
        identityLabel.textProperty().bind(identity.summaryProperty());
        Tooltip tip = Tooltips.wrapping();
        tip.textProperty().bind(Bindings.concat(identity.messageProperty(), "\n", identity.credentialSourceProperty()));
        identityLabel.setTooltip(tip);
        identity.stateProperty().addListener((obs, old, state) -> styleIdentity(state));
        styleIdentity(identity.stateProperty().get());
        expiryLabel.textProperty().bind(identity.expiryTextProperty());
        ShownWhen.bound(expiryLabel, expiryLabel.textProperty().isNotEmpty());
        identity.expiresSoonProperty().addListener((obs, was, soon) -> styleExpiry(soon));
    }

    private void bindSignIn(SsoSignInViewModel signIn) {
        userCodeLabel.setLabelFor(userCodeField);
        ShownWhen.bound(signInButton, signIn.offeredProperty());
        signInButton.disableProperty().bind(signIn.signingInProperty());
        ShownWhen.bound(signInPane, signIn.messageProperty().isNotEmpty());
        signInMessageLabel.textProperty().bind(signIn.messageProperty());
        ShownWhen.bound(codeRow, signIn.signingInProperty());
        userCodeField.textProperty().bind(signIn.userCodeProperty());
        ShownWhen.bound(commandRow, signIn.signingInProperty().not().and(signIn.commandProperty().isNotEmpty())
                .and(viewModel.identity().stateProperty().isNotEqualTo(IdentityState.KNOWN)));
        commandField.textProperty().bind(signIn.commandProperty());
    }

    private void styleIdentity(IdentityState state) {
        identityLabel.getStyleClass().removeAll("unknown", "checking", "failed", "known");
        identityLabel.getStyleClass().add(state.name().toLowerCase(Locale.ROOT));
    }

    private void styleExpiry(boolean soon) {
        expiryLabel.getStyleClass().remove("soon");
        if (soon) {
            expiryLabel.getStyleClass().add("soon");
        }
    }

    private void tick() {
        viewModel.identity().tick();
    }

    /** Stops the clock and background work; call when the window closes. */
    public void dispose() {
        clock.stop();
        viewModel.dispose();
    }

    @FXML
    private void signIn() {
        viewModel.signIn().signIn();
    }

    @FXML
    private void copyIdentity() {
        viewModel.identity().copy();
    }

    @FXML
    private void recheck() {
        viewModel.identity().recheck();
    }

    @FXML
    private void applyEndpoints() {
        viewModel.choice().applyEndpoints();
    }

    @FXML
    private void copyUserCode() {
        viewModel.signIn().copyUserCode();
    }

    @FXML
    private void openSignInPage() {
        viewModel.signIn().openPage();
    }

    @FXML
    private void cancelSignIn() {
        viewModel.signIn().cancel();
    }

    @FXML
    private void copyCommand() {
        viewModel.signIn().copyCommand();
    }
}
