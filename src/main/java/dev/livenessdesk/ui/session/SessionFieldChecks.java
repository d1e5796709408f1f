package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.session.FieldProblem;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionField;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import dev.livenessdesk.core.session.ValidationResult;
import dev.livenessdesk.ui.common.FieldMessage;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The session form's field messages: a field shows what is wrong with it only once the user has been through it
 * or pressed Create, and a refused Create names the first field to fix. Kept apart from
 * {@link SessionFormViewModel}, which runs the create request, because when to speak about a field is its own
 * rule. FX thread only.
 */
final class SessionFieldChecks {

    private final SessionSettingsValidator validator = new SessionSettingsValidator();
    private final Map<SessionField, ReadOnlyObjectWrapper<FieldMessage>> messages = new EnumMap<>(SessionField.class);
    private final Set<SessionField> checkedFields = EnumSet.noneOf(SessionField.class);
    private final ReadOnlyObjectWrapper<SessionField> fieldToFocus = new ReadOnlyObjectWrapper<>();

    SessionFieldChecks() {
        for (SessionField field : SessionField.values()) {
            messages.put(field, new ReadOnlyObjectWrapper<>(FieldMessage.NONE));
        }
    }

    ReadOnlyObjectProperty<FieldMessage> messageProperty(SessionField field) {
        return messages.get(field).getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<SessionField> fieldToFocusProperty() {
        return fieldToFocus.getReadOnlyProperty();
    }

    /** The draft as the validator sees it, without showing anything. */
    ValidationResult validate(SessionDraft draft) {
        return validator.validate(draft);
    }

    /** The user has been through this field: it speaks from now on; the fields already shown are refreshed. */
    void check(SessionField field, SessionDraft draft) {
        checkedFields.add(field);
        showProblems(validator.validate(draft));
    }

    /** Create was pressed: every field speaks, and with errors the first one asks for the focus (again). */
    ValidationResult checkAll(SessionDraft draft) {
        checkedFields.addAll(EnumSet.allOf(SessionField.class));
        ValidationResult result = validator.validate(draft);
        showProblems(result);
        if (!result.isValid()) {
            fieldToFocus.set(null);
            fieldToFocus.set(result.firstError().map(FieldProblem::field).orElse(null));
        }
        return result;
    }

    private void showProblems(ValidationResult result) {
        for (SessionField field : SessionField.values()) {
            List<FieldProblem> problems = checkedFields.contains(field) ? result.problemsOf(field) : List.of();
            messages.get(field).set(problems.isEmpty() ? FieldMessage.NONE : toMessage(problems.get(0)));
        }
    }

    private static FieldMessage toMessage(FieldProblem problem) {
        return problem.isError() ? FieldMessage.error(problem.message()) : FieldMessage.warning(problem.message());
    }
}
