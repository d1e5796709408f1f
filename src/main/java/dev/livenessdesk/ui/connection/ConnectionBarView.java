package dev.livenessdesk.ui.connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The connection bar: always shows which profile, region, endpoints and account the app works with, or a banner
 * that the offline sandbox is on. Put it at the top of the main window; it only binds and delegates.
 */
public final class ConnectionBarView extends VBox {

    private static final String FXML = "/dev/livenessdesk/ui/connection/ConnectionBar.fxml";

    private final ConnectionBarViewModel viewModel;
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(30), event -> tickClock()));

    @FXML private Label sandboxBanner;
    @FXML private Label profileLabel;
    @FXML private ComboBox<String> profileBox;
    @FXML private Label regionLabel;
    @FXML private ComboBox<String> regionBox;
    @FXML private ToggleButton endpointToggle;
    @FXML private Label identityLabel;
    @FXML private Label expiryLabel;
    @FXML private Button signInButton;
    @FXML private Button copyIdentityButton;
    @FXML private Button recheckButton;
    @FXML private HBox endpointRow;
    @FXML private Label rekognitionEndpointLabel;
    @FXML private TextField rekognitionEndpointField;
    @FXML private Label s3EndpointLabel;
    @FXML private TextField s3EndpointField;
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
        FXMLLoader loader = new FXMLLoader(ConnectionBarView.class.getResource(FXML), viewModel.words());
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The connection bar's FXML is missing from the build", e);
        }
        bind();
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
    }

    public ConnectionBarViewModel viewModel() {
        return viewModel;
    }

    private void bind() {
        setId("connectionBar");
        showOnlyWhen(sandboxBanner, viewModel.sandboxProperty().get());
        sandboxBanner.setText(viewModel.sandboxBannerText());
        sandboxBanner.visibleProperty().bind(viewModel.sandboxProperty());
        sandboxBanner.managedProperty().bind(viewModel.sandboxProperty());
        viewModel.sandboxProperty().addListener((obs, old, on) -> styleSandbox(on));
        styleSandbox(viewModel.sandboxProperty().get());

        profileLabel.setLabelFor(profileBox);
        regionLabel.setLabelFor(regionBox);
        rekognitionEndpointLabel.setLabelFor(rekognitionEndpointField);
        s3EndpointLabel.setLabelFor(s3EndpointField);
        userCodeLabel.setLabelFor(userCodeField);

        profileBox.setItems(viewModel.profiles());
        profileBox.valueProperty().bindBidirectional(viewModel.profileProperty());
        regionBox.setItems(viewModel.regions());
        regionBox.valueProperty().bindBidirectional(viewModel.regionProperty());
        regionBox.setAccessibleText(viewModel.words().getString("region.label"));
        profileBox.setAccessibleText(viewModel.words().getString("profile.label"));

        endpointToggle.textProperty().bind(viewModel.endpointSummaryProperty());
        showOnlyWhen(endpointRow, false);
        endpointRow.visibleProperty().bind(endpointToggle.selectedProperty());
        endpointRow.managedProperty().bind(endpointToggle.selectedProperty());
        rekognitionEndpointField.textProperty().bindBidirectional(viewModel.rekognitionEndpointProperty());
        s3EndpointField.textProperty().bindBidirectional(viewModel.s3EndpointProperty());
        endpointProblemLabel.textProperty().bind(Bindings.when(viewModel.endpointProblemProperty().isEmpty())
                .then(viewModel.regionProblemProperty()).otherwise(viewModel.endpointProblemProperty()));
        endpointProblemLabel.visibleProperty().bind(endpointProblemLabel.textProperty().isNotEmpty());
        endpointProblemLabel.managedProperty().bind(endpointProblemLabel.visibleProperty());

        identityLabel.textProperty().bind(viewModel.identityMessageProperty());
        Tooltip identityTip = new Tooltip();
        identityTip.textProperty().bind(Bindings.concat(viewModel.identityMessageProperty(), "\n",
                viewModel.credentialSourceProperty()));
        identityLabel.setTooltip(identityTip);
        viewModel.identityStateProperty().addListener((obs, old, state) -> styleIdentity(state));
        styleIdentity(viewModel.identityStateProperty().get());
        expiryLabel.textProperty().bind(viewModel.expiryTextProperty());
        expiryLabel.visibleProperty().bind(expiryLabel.textProperty().isNotEmpty());
        expiryLabel.managedProperty().bind(expiryLabel.visibleProperty());
        viewModel.credentialsExpiryProperty().addListener((obs, old, now) -> tickClock());

        signInButton.visibleProperty().bind(viewModel.signInOfferedProperty());
        signInButton.managedProperty().bind(signInButton.visibleProperty());
        signInButton.disableProperty().bind(viewModel.signingInProperty());

        signInPane.visibleProperty().bind(viewModel.signInMessageProperty().isNotEmpty());
        signInPane.managedProperty().bind(signInPane.visibleProperty());
        signInMessageLabel.textProperty().bind(viewModel.signInMessageProperty());
        codeRow.visibleProperty().bind(viewModel.signingInProperty());
        codeRow.managedProperty().bind(codeRow.visibleProperty());
        userCodeField.textProperty().bind(viewModel.userCodeProperty());
        commandRow.visibleProperty().bind(viewModel.signingInProperty().not()
                .and(viewModel.signInCommandProperty().isNotEmpty())
                .and(viewModel.identityStateProperty().isNotEqualTo(IdentityState.KNOWN)));
        commandRow.managedProperty().bind(commandRow.visibleProperty());
        commandField.textProperty().bind(viewModel.signInCommandProperty());
    }

    private static void showOnlyWhen(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void styleSandbox(boolean on) {
        getStyleClass().remove("sandbox");
        if (on) {
            getStyleClass().add("sandbox");
        }
    }

    private void styleIdentity(IdentityState state) {
        identityLabel.getStyleClass().removeAll("checking", "failed", "known");
        identityLabel.getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void tickClock() {
        viewModel.tick();
        expiryLabel.getStyleClass().remove("soon");
        viewModel.credentialsExpiryProperty().get()
                .filter(at -> java.time.Duration.between(java.time.Instant.now(), at).toMinutes() < 10)
                .ifPresent(at -> expiryLabel.getStyleClass().add("soon"));
    }

    /** Stops the clock and background work; call when the window closes. */
    public void dispose() {
        clock.stop();
        viewModel.dispose();
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    @FXML
    private void copyIdentity() {
        viewModel.copyIdentity();
    }

    @FXML
    private void recheck() {
        viewModel.checkIdentity();
    }

    @FXML
    private void applyEndpoints() {
        viewModel.applyEndpoints();
    }

    @FXML
    private void copyUserCode() {
        viewModel.copyUserCode();
    }

    @FXML
    private void openSignInPage() {
        viewModel.openSignInPage();
    }

    @FXML
    private void cancelSignIn() {
        viewModel.cancelSignIn();
    }

    @FXML
    private void copyCommand() {
        viewModel.copySignInCommand();
    }
}
