package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.files.UserHome;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The bar's switch between the offline sandbox and AWS: asks first when work in hand would be dropped, opens the
 * other side in the background, and says in words why it stayed (no AWS setup on this computer, a failure).
 */
public final class BackendSwitchViewModel {

    private static final Words WORDS = ConnectionBarViewModel.WORDS;

    private final BackendSwitch backendSwitch;
    private final boolean sandbox;
    private final TaskRunner tasks;
    private final SwitchConfirmation confirmation;
    private final BooleanSupplier workAtStake;
    private final ReadOnlyBooleanWrapper switching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private TaskHandle opening;

    /**
     * @param sandbox     whether the window is on the sandbox now (then the switch goes to AWS)
     * @param workAtStake true while something would be lost by leaving: the confirmation is asked only then
     */
    public BackendSwitchViewModel(BackendSwitch backendSwitch, boolean sandbox, TaskRunner tasks,
                                  SwitchConfirmation confirmation, BooleanSupplier workAtStake) {
        this.backendSwitch = Objects.requireNonNull(backendSwitch);
        this.sandbox = sandbox;
        this.tasks = Objects.requireNonNull(tasks);
        this.confirmation = Objects.requireNonNull(confirmation);
        this.workAtStake = Objects.requireNonNull(workAtStake);
    }

    public boolean offered() {
        return backendSwitch.offered();
    }

    /** Whether the switch leads to AWS (from the sandbox) or to the sandbox (from AWS). */
    public boolean leadsToAws() {
        return sandbox;
    }

    /** The button's text, with its mnemonic. */
    public String buttonText() {
        return WORDS.get(sandbox ? "switch.toAws" : "switch.toSandbox");
    }

    public String tooltip() {
        return WORDS.get(sandbox ? "switch.toAws.tooltip" : "switch.toSandbox.tooltip");
    }

    /** True while the other side is being opened: the button is off. */
    public ReadOnlyBooleanProperty switchingProperty() {
        return switching.getReadOnlyProperty();
    }

    /** Why the last press did not switch, and what to do; "" when there is nothing to say. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The note's close button: the user has read it. */
    public void dismissProblem() {
        if (!switching.get()) {
            problem.set("");
        }
    }

    /**
     * The button's action, on the FX thread. First asks, in the background, whether the other side can be opened:
     * without an AWS setup it says so and asks nothing; then asks the user only when work would be lost, and opens.
     */
    public void switchNow() {
        if (switching.get() || !offered()) {
            return;
        }
        problem.set(WORDS.get(sandbox ? "switch.toAws.busy" : "switch.toSandbox.busy"));
        switching.set(true);
        opening = tasks.job(context -> backendSwitch.available())
                .onSuccess(available -> {
                    if (!available) {
                        switching.set(false);
                        problem.set(noAwsSetup());
                    } else if (workAtStake.getAsBoolean() && !confirmation.confirmSwitch(
                            WORDS.get(sandbox ? "switch.confirm.toAws" : "switch.confirm.toSandbox"),
                            WORDS.get(sandbox ? "switch.confirm.toAws.text" : "switch.confirm.toSandbox.text"),
                            WORDS.get(sandbox ? "switch.confirm.toAws.accept" : "switch.confirm.toSandbox.accept"))) {
                        switching.set(false);
                        problem.set("");
                    } else {
                        open();
                    }
                })
                .onFailure(this::failed)
                .onCancelled(this::cancelled)
                .start();
    }

    /** Why the desk stays in the sandbox, naming the AWS files as this OS writes them. */
    private static String noAwsSetup() {
        return WORDS.get("switch.noAwsSetup", UserHome.awsConfigShown(), UserHome.awsCredentialsShown());
    }

    private void open() {
        opening = tasks.job(context -> backendSwitch.open())
                .onSuccess(opened -> {
                    switching.set(false);
                    if (opened.isEmpty()) {
                        problem.set(noAwsSetup());
                        return;
                    }
                    problem.set("");
                    opened.get().enter();
                })
                .onFailure(this::failed)
                .onCancelled(this::cancelled)
                .start();
    }

    private void failed(Throwable failure) {
        switching.set(false);
        problem.set(WORDS.get("switch.failed", ServiceException.errorIn(failure)
                .map(error -> error.fullText())
                .orElseGet(() -> String.valueOf(failure.getMessage()))));
    }

    private void cancelled() {
        switching.set(false);
        problem.set("");
    }

    /** Stops an opening still under way; call when the window closes. */
    public void dispose() {
        if (opening != null) {
            opening.cancel();
        }
    }
}
