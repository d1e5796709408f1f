package dev.livenessdesk.ui.session;

import java.util.regex.Pattern;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * The audit images spinner as a field one can type into: the typed text is what the form checks (so "7" or "x"
 * gets the field's message instead of being silently changed), and the arrows step through 0..4.
 */
final class AuditLimitSpinner {

    static final int MIN = 0;
    static final int MAX = 4;
    // ASCII digits only, as the service model's integer: "٢" is refused like any other text.
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private AuditLimitSpinner() {
    }

    static void bind(Spinner<Integer> spinner, StringProperty typed) {
        SpinnerValueFactory.IntegerSpinnerValueFactory limits =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(MIN, MAX, inRange(typed.get()).orElse(MIN));
        limits.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            /** Text out of range keeps the value as it was; the text itself stays for the field's message. */
            @Override
            public Integer fromString(String text) {
                return inRange(text).orElse(limits.getValue());
            }
        });
        spinner.setValueFactory(limits);
        spinner.setEditable(true);
        spinner.getEditor().setText(typed.get());
        spinner.getEditor().textProperty().bindBidirectional(typed);
        // The arrows change the value: it becomes the text (an out-of-range text is replaced by the step's result).
        limits.valueProperty().addListener((obs, old, value) -> {
            if (value != null && !inRange(typed.get()).equals(java.util.Optional.of(value))) {
                typed.set(value.toString());
            }
        });
        typed.addListener((obs, old, text) -> inRange(text).ifPresent(limits::setValue));
    }

    static java.util.Optional<Integer> inRange(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!DIGITS.matcher(trimmed).matches()) {
            return java.util.Optional.empty();
        }
        int value = Integer.parseInt(trimmed);
        return value >= MIN && value <= MAX ? java.util.Optional.of(value) : java.util.Optional.empty();
    }
}
