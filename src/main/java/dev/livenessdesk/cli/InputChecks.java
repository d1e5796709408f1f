package dev.livenessdesk.cli;

import dev.livenessdesk.core.session.FieldProblem;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionField;
import dev.livenessdesk.core.session.SessionIds;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import dev.livenessdesk.core.session.ValidationResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the core's checks into the command line's outcome: every error in one VALIDATION_ERROR message (so a
 * script's author fixes all of them in one go), warnings on stderr. No rule lives here; they are the form's.
 */
final class InputChecks {

    private static final String JOIN = " ";
    private final SessionSettingsValidator validator = new SessionSettingsValidator();
    private final CommandContext context;

    InputChecks(CommandContext context) {
        this.context = context;
    }

    /** Refuses the draft when the validator finds an error; warns about the rest. */
    ValidationResult checkDraft(SessionDraft draft) throws InvalidInput {
        ValidationResult result = validator.validate(draft);
        refuseOrWarn(result.problems(), true);
        return result;
    }

    /** Checks some fields of a draft, the way the form checks them one by one. */
    void checkFields(SessionDraft draft, boolean showWarnings, SessionField... fields) throws InvalidInput {
        ValidationResult result = validator.validate(draft);
        List<FieldProblem> problems = java.util.Arrays.stream(fields).flatMap(f -> result.problemsOf(f).stream())
                .toList();
        refuseOrWarn(problems, showWarnings);
    }

    /** The id as the service wants it (pasted ids are trimmed and lowered), or refused. */
    static String sessionId(String pasted) throws InvalidInput {
        String id = SessionIds.normalize(pasted);
        if (!SessionIds.isValid(id)) {
            throw new InvalidInput(SessionIds.invalidMessage(pasted));
        }
        return id;
    }

    /** Problems one after another as sentences ("S3 bucket: ... Audit images limit: ..."), never ".; ". */
    static String sentences(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0).strip();
        }
        return problems.stream().map(String::strip)
                .map(text -> text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".")
                .collect(Collectors.joining(JOIN));
    }

    private void refuseOrWarn(List<FieldProblem> problems, boolean showWarnings) throws InvalidInput {
        List<FieldProblem> errors = problems.stream().filter(FieldProblem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInput(sentences(errors.stream().map(FieldProblem::describe).toList()));
        }
        if (showWarnings) {
            problems.forEach(warning -> context.warn(warning.describe()));
        }
    }
}
