package dev.livenessdesk.core.session;

import java.util.List;
import java.util.Optional;

/** The outcome of checking a draft: the problems found, and the settings when none of them is an error. */
public record ValidationResult(List<FieldProblem> problems, Optional<SessionSettings> settings) {

    public ValidationResult {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return settings.isPresent();
    }

    public List<FieldProblem> errors() {
        return problems.stream().filter(FieldProblem::isError).toList();
    }

    public List<FieldProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** Errors first, then warnings, for one field; empty when the field is fine. */
    public List<FieldProblem> problemsOf(SessionField field) {
        return problems.stream().filter(p -> p.field() == field)
                .sorted((a, b) -> a.severity().compareTo(b.severity())).toList();
    }

    public Optional<FieldProblem> firstError() {
        return errors().stream().findFirst();
    }
}
