package dev.livenessdesk.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated inputs per field against {@link ServiceModelReference}: the validator (and so the form and the
 * command line) must accept exactly what the service model accepts, and what it sends must be what the model
 * accepts. Seeded, so a failure repeats; each disagreement is printed with its characters' code points.
 */
class SessionFieldsPropertyTest {

    private static final int INPUTS_PER_FIELD = 1_500;
    private static final long SEED = 0x5EED_13L;
    private static final String LETTERS_AND_DIGITS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final SessionSettingsValidator validator = new SessionSettingsValidator();

    /** One field: how its inputs are made, where they go in a draft, what the model says, what is sent. */
    private record FieldCase(String name, SessionField field, Function<HostileInputs, List<String>> inputs,
                             Function<String, SessionDraft> draft, Predicate<String> reference,
                             Function<SessionSettings, Optional<String>> sent) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static SessionDraft.Builder base() {
        return SessionDraft.builder().region("us-east-1").bucket("liveness-audit");
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                new FieldCase("bucket", SessionField.BUCKET,
                        g -> g.generate(INPUTS_PER_FIELD, LETTERS_AND_DIGITS + ".-_", 3, 255),
                        value -> base().bucket(value).build(), ServiceModelReference::bucket,
                        SessionSettings::bucket),
                new FieldCase("key prefix", SessionField.KEY_PREFIX,
                        g -> g.generate(INPUTS_PER_FIELD, () -> g.text(LETTERS_AND_DIGITS
                                + "/!-_.*'()\u00E9\u0085\u200B\u001C\uD83D\uDE00", g.length(0, 950))),
                        value -> base().keyPrefix(value).build(), ServiceModelReference::keyPrefix,
                        settings -> Optional.of(settings.keyPrefix()).filter(prefix -> !prefix.isEmpty())),
                new FieldCase("audit images limit", SessionField.AUDIT_IMAGES_LIMIT,
                        g -> g.generate(INPUTS_PER_FIELD, () -> g.oneIn(8) ? "0".repeat(12) + g.text("01234", 1)
                                : g.text("0123456789", 1 + (g.oneIn(4) ? 1 : 0))),
                        value -> base().auditImagesLimit(value).build(), ServiceModelReference::auditImagesLimit,
                        settings -> Optional.of(Integer.toString(settings.auditImagesLimit()))),
                new FieldCase("KMS key id", SessionField.KMS_KEY_ID,
                        g -> g.generate(INPUTS_PER_FIELD, LETTERS_AND_DIGITS + ":_/+=,@.-", 1, 2048),
                        value -> base().kmsKeyId(value).build(), ServiceModelReference::kmsKeyId,
                        SessionSettings::kmsKeyId),
                new FieldCase("challenge type", SessionField.CHALLENGE_TYPE,
                        g -> g.generate(INPUTS_PER_FIELD, () -> randomCase(g,
                                g.pick("FaceMovementAndLightChallenge", "FaceMovementChallenge", "Face", ""))),
                        value -> base().challengeType(value).build(), ServiceModelReference::challengeType,
                        settings -> Optional.of(settings.challengeType().wireName())),
                new FieldCase("challenge minimum version", SessionField.CHALLENGE_MIN_VERSION,
                        g -> g.generate(INPUTS_PER_FIELD, () -> version(g)),
                        value -> base().challengeMinVersion(value).build(), ServiceModelReference::challengeVersion,
                        SessionSettings::challengeMinVersion),
                new FieldCase("challenge maximum version", SessionField.CHALLENGE_MAX_VERSION,
                        g -> g.generate(INPUTS_PER_FIELD, () -> version(g)),
                        value -> base().challengeMaxVersion(value).build(), ServiceModelReference::challengeVersion,
                        SessionSettings::challengeMaxVersion),
                new FieldCase("client request token", SessionField.CLIENT_REQUEST_TOKEN,
                        g -> g.generate(INPUTS_PER_FIELD, LETTERS_AND_DIGITS + "-_", 1, 64),
                        value -> base().clientRequestToken(value).build(), ServiceModelReference::clientRequestToken,
                        SessionSettings::clientRequestToken)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void theValidatorAcceptsExactlyWhatTheServiceModelAccepts(FieldCase field) {
        List<String> inputs = field.inputs().apply(new HostileInputs(SEED + field.name().hashCode()));
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (String input : inputs) {
            ValidationResult result = validator.validate(field.draft().apply(input));
            boolean appAccepts = result.problemsOf(field.field()).stream().noneMatch(FieldProblem::isError);
            boolean modelAccepts = field.reference().test(input);
            if (appAccepts != modelAccepts) {
                disagreements.add((appAccepts ? "accepted " : "refused ") + codePoints(input));
                continue;
            }
            if (appAccepts) {
                accepted++;
                Optional<String> sent = field.sent().apply(result.settings().orElseThrow());
                String expected = field.field() == SessionField.KEY_PREFIX ? input
                        : ServiceModelReference.trim(input);
                // Not given means the model's default is sent; given, exactly what the model accepts is sent.
                if (!expected.isEmpty() && !sent.map(value -> field.reference().test(value)
                        && sameValue(field, value, expected)).orElse(false)) {
                    disagreements.add("sent " + sent.map(SessionFieldsPropertyTest::codePoints).orElse("nothing")
                            + " for " + codePoints(input));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d inputs, %d accepted, %d refused, %d disagreements%n",
                field.name(), inputs.size(), accepted, inputs.size() - accepted, disagreements.size());

        assertThat(inputs).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(disagreements).as("disagreements with the service model").isEmpty();
        // A generator that only makes one kind of input would prove nothing.
        assertThat(accepted).as("accepted inputs").isGreaterThan(inputs.size() / 10);
        assertThat(inputs.size() - accepted).as("refused inputs").isGreaterThan(inputs.size() / 10);
    }

    @org.junit.jupiter.api.Test
    void aPastedSessionIdIsTakenExactlyWhenTheModelTakesIt() {
        HostileInputs g = new HostileInputs(SEED);
        List<String> inputs = g.generate(INPUTS_PER_FIELD, () -> {
            String id = UUID.randomUUID().toString();
            return g.oneIn(3) ? id.toUpperCase(Locale.ROOT) : g.oneIn(5) ? id.substring(1) : id;
        });
        List<String> disagreements = inputs.stream()
                .filter(input -> SessionIds.isValid(SessionIds.normalize(input))
                        != ServiceModelReference.sessionId(input))
                .map(SessionFieldsPropertyTest::codePoints).toList();
        long accepted = inputs.stream().filter(ServiceModelReference::sessionId).count();
        System.out.printf(Locale.ROOT, "session id: %d inputs, %d accepted, %d refused, %d disagreements%n",
                inputs.size(), accepted, inputs.size() - accepted, disagreements.size());

        assertThat(disagreements).as("disagreements with the service model").isEmpty();
        assertThat(accepted).isBetween((long) inputs.size() / 10, (long) inputs.size() * 9 / 10);
    }

    private static boolean sameValue(FieldCase field, String sent, String typed) {
        return switch (field.field()) {
            case CHALLENGE_TYPE -> sent.equalsIgnoreCase(typed);
            case AUDIT_IMAGES_LIMIT -> typed.isEmpty() ? sent.equals("0")
                    : Integer.parseInt(sent) == new java.math.BigInteger(typed).intValue();
            default -> sent.equals(typed);
        };
    }

    private static String randomCase(HostileInputs g, String text) {
        return text.chars().mapToObj(c -> g.oneIn(6) ? String.valueOf((char) Character.toUpperCase(c))
                : g.oneIn(6) ? String.valueOf((char) Character.toLowerCase(c)) : String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    private static String version(HostileInputs g) {
        int parts = g.oneIn(6) ? 2 + 2 * g.length(0, 1) % 3 : 3;
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            numbers.add(g.oneIn(4) ? g.pick("1000", "01", "00", "", "1 ", "\u0661")
                    : g.pick("0", "1", "9", "10", "12", "123", "999"));
        }
        return String.join(".", numbers);
    }

    private static String codePoints(String text) {
        return text.codePoints().limit(40).mapToObj(c -> c < 0x7F && c > 0x20 ? Character.toString(c)
                : String.format(Locale.ROOT, "U+%04X", c)).collect(Collectors.joining(" ", "[", "]"))
                + (text.length() > 40 ? "... (" + text.length() + " chars)" : "");
    }
}
