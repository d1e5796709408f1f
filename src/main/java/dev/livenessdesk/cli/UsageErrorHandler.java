package dev.livenessdesk.cli;

import java.util.Comparator;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A usage mistake (unknown option, missing value) is refused input too: the JSON envelope, usage on stderr. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final CommandContext context;

    UsageErrorHandler(CommandContext context) {
        this.context = context;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        context.envelope().failure(JsonEnvelope.VALIDATION_ERROR, messageOf(ex), Optional.empty());
        CommandLine command = ex.getCommandLine();
        UnmatchedArgumentException.printSuggestions(ex, context.err());
        command.usage(context.err());
        context.err().flush();
        return ExitCode.INVALID_INPUT;
    }

    /** picocli's words, and for a typo the option meant, so a script user fixes it without reading the usage. */
    static String messageOf(ParameterException ex) {
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String typed = unmatched.getUnmatched().get(0);
            message = unknownOptions(unmatched.getUnmatched()).orElse(message);
            Optional<String> meant = unmatched.getSuggestions().stream()
                    .filter(candidate -> isTypoOf(typed, candidate))
                    .min(Comparator.comparingInt(candidate -> distance(typed, candidate)));
            if (meant.isPresent()) {
                return CliText.get("usage.didYouMean", message, meant.get());
            }
        }
        return message;
    }

    /**
     * picocli names the value after an unknown option as unknown too ("Unknown options: '--bucktet', 'x'"): the
     * value is fine, only the options are named. Empty when no option is among the unmatched words.
     */
    private static Optional<String> unknownOptions(java.util.List<String> unmatched) {
        java.util.List<String> options = unmatched.stream().filter(word -> word.startsWith("-") && word.length() > 1)
                .map(word -> "'" + word.split("=", 2)[0] + "'").toList();
        if (options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CliText.get(options.size() == 1 ? "usage.unknownOption" : "usage.unknownOptions",
                String.join(", ", options)));
    }

    /** Close enough to be a slip of the keyboard: a third of the letters at most, and at least two may differ. */
    private static boolean isTypoOf(String typed, String candidate) {
        return distance(typed, candidate) <= Math.max(2, candidate.length() / 3);
    }

    /** Levenshtein distance: the fewest letters added, removed or changed to turn one word into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
