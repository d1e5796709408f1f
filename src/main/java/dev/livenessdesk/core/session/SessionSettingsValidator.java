package dev.livenessdesk.core.session;

import static dev.livenessdesk.core.session.FieldProblem.error;
import static dev.livenessdesk.core.session.FieldProblem.warning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Checks a {@link SessionDraft} against exactly the constraints of the CreateFaceLivenessSession service model.
 * The SDK checks none of them, and the service answers with an opaque "N validation errors", so this is where
 * a user learns what is wrong. Things the model allows but that will not work in practice are warnings, never
 * blocks.
 */
public final class SessionSettingsValidator {

    static final int BUCKET_MIN = 3;
    static final int BUCKET_MAX = 255;
    static final int PREFIX_MAX = 950;
    static final int AUDIT_MIN = 0;
    static final int AUDIT_MAX = 4;
    static final int KMS_MAX = 2048;
    static final int TOKEN_MAX = 64;
    static final int VERSION_MIN = 5;
    static final int VERSION_MAX = 11;
    /** S3 keys are at most 1,024 bytes of UTF-8, while the model counts the prefix's 950 in characters. */
    static final int S3_KEY_MAX_BYTES = 1024;
    /** What Rekognition adds after the prefix: the 36-character session id, a '/', and a file name. */
    static final int KEY_SUFFIX_RESERVE_BYTES = 100;

    private static final Pattern BUCKET = Pattern.compile("[0-9A-Za-z.\\-_]*");
    private static final Pattern KMS_KEY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$");
    private static final Pattern TOKEN = Pattern.compile("^[a-zA-Z0-9-_]+$");
    private static final Pattern VERSION =
            Pattern.compile("^(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})$");
    private static final Pattern IP_SHAPED = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern S3_NEW_BUCKET_EDGES = Pattern.compile("^[a-z0-9].*[a-z0-9]$");

    /** Checks every field and returns all problems at once, so a form can mark each field. */
    public ValidationResult validate(SessionDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(checkRegion(draft.region()));
        problems.addAll(checkBucket(draft.bucket()));
        problems.addAll(checkKeyPrefix(draft.keyPrefix(), draft.bucket()));
        problems.addAll(checkAuditImagesLimit(draft.auditImagesLimit()));
        problems.addAll(checkKmsKeyId(draft.kmsKeyId()));
        problems.addAll(checkChallenge(draft.challengeType(), draft.challengeMinVersion(),
                draft.challengeMaxVersion()));
        problems.addAll(checkClientRequestToken(draft.clientRequestToken()));

        boolean valid = problems.stream().noneMatch(FieldProblem::isError);
        Optional<SessionSettings> settings = valid ? Optional.of(toSettings(draft)) : Optional.empty();
        return new ValidationResult(problems, settings);
    }

    List<FieldProblem> checkRegion(String raw) {
        String region = trimToNull(raw);
        if (region == null) {
            return List.of(error(SessionField.REGION, "validation.region.missing"));
        }
        if (!LivenessRegions.looksLikeRegion(region)) {
            return List.of(error(SessionField.REGION, "validation.region.shape", region));
        }
        if (!LivenessRegions.isSupported(region)) {
            return List.of(warning(SessionField.REGION, "validation.region.unsupported", region,
                    String.join(", ", LivenessRegions.SUPPORTED)));
        }
        return List.of();
    }

    List<FieldProblem> checkBucket(String raw) {
        String bucket = trimToNull(raw);
        if (bucket == null) {
            return List.of(warning(SessionField.BUCKET, "validation.bucket.none"));
        }
        int length = bucket.codePointCount(0, bucket.length());
        if (length < BUCKET_MIN || length > BUCKET_MAX || !BUCKET.matcher(bucket).matches()) {
            return List.of(error(SessionField.BUCKET, "validation.bucket.model"));
        }
        // Allowed by the Rekognition model, but S3 refuses such names for buckets created today.
        List<FieldProblem> warnings = new ArrayList<>();
        if (!bucket.equals(bucket.toLowerCase(java.util.Locale.ROOT))) {
            warnings.add(warning(SessionField.BUCKET, "validation.bucket.s3.uppercase"));
        } else if (length > 63) {
            warnings.add(warning(SessionField.BUCKET, "validation.bucket.s3.long"));
        } else if (bucket.contains("..")) {
            warnings.add(warning(SessionField.BUCKET, "validation.bucket.s3.dots"));
        } else if (IP_SHAPED.matcher(bucket).matches()) {
            warnings.add(warning(SessionField.BUCKET, "validation.bucket.s3.ip"));
        } else if (bucket.contains("_")) {
            warnings.add(warning(SessionField.BUCKET, "validation.bucket.s3.underscore"));
        } else if (!S3_NEW_BUCKET_EDGES.matcher(bucket).matches()) {
            warnings.add(warning(SessionField.BUCKET, "validation.bucket.s3.edges"));
        }
        return warnings;
    }

    List<FieldProblem> checkKeyPrefix(String raw, String bucket) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        // The model's \\S* is ECMA-262's: no Unicode whitespace, and no lone surrogate, which no pattern allows.
        Optional<ModelText.Offence> offence = ModelText.firstWhitespaceOrBroken(raw);
        if (offence.isPresent()) {
            ModelText.Offence found = offence.get();
            return List.of(error(SessionField.KEY_PREFIX,
                    found.brokenCharacter() ? "validation.prefix.broken" : "validation.prefix.whitespace",
                    found.describe(), found.position()));
        }
        if (ModelText.length(raw) > PREFIX_MAX) {
            return List.of(error(SessionField.KEY_PREFIX, "validation.prefix.long", PREFIX_MAX));
        }
        if (trimToNull(bucket) == null) {
            return List.of(error(SessionField.KEY_PREFIX, "validation.prefix.nobucket"));
        }
        int bytes = raw.getBytes(StandardCharsets.UTF_8).length;
        int budget = S3_KEY_MAX_BYTES - KEY_SUFFIX_RESERVE_BYTES;
        if (bytes > budget) {
            return List.of(warning(SessionField.KEY_PREFIX, "validation.prefix.bytes", bytes,
                    KEY_SUFFIX_RESERVE_BYTES, budget));
        }
        return List.of();
    }

    List<FieldProblem> checkAuditImagesLimit(String raw) {
        String text = trimToNull(raw);
        if (text == null) {
            return List.of();
        }
        // The model's integer is written in ASCII digits; Integer.parseInt would also take "+2" or U+0662
        // (Arabic-Indic two).
        OptionalInt limit = asciiWholeNumber(text);
        if (limit.isEmpty() || limit.getAsInt() < AUDIT_MIN || limit.getAsInt() > AUDIT_MAX) {
            return List.of(error(SessionField.AUDIT_IMAGES_LIMIT, "validation.audit.range", AUDIT_MIN, AUDIT_MAX));
        }
        return List.of();
    }

    List<FieldProblem> checkKmsKeyId(String raw) {
        String key = trimToNull(raw);
        if (key == null) {
            return List.of();
        }
        if (key.length() > KMS_MAX || !KMS_KEY.matcher(key).matches()) {
            return List.of(error(SessionField.KMS_KEY_ID, "validation.kms.model"));
        }
        return List.of();
    }

    List<FieldProblem> checkChallenge(String rawType, String rawMin, String rawMax) {
        List<FieldProblem> problems = new ArrayList<>();
        String type = trimToNull(rawType);
        if (type != null && ChallengeType.fromWireName(type).isEmpty()) {
            problems.add(error(SessionField.CHALLENGE_TYPE, "validation.challenge.type", type,
                    ChallengeType.FACE_MOVEMENT_AND_LIGHT.wireName(), ChallengeType.FACE_MOVEMENT.wireName()));
        }
        Optional<FieldProblem> min = checkVersion(SessionField.CHALLENGE_MIN_VERSION, rawMin);
        Optional<FieldProblem> max = checkVersion(SessionField.CHALLENGE_MAX_VERSION, rawMax);
        min.ifPresent(problems::add);
        max.ifPresent(problems::add);
        String minVersion = trimToNull(rawMin);
        String maxVersion = trimToNull(rawMax);
        if (min.isEmpty() && max.isEmpty() && minVersion != null && maxVersion != null
                && compareVersions(minVersion, maxVersion) > 0) {
            problems.add(error(SessionField.CHALLENGE_MAX_VERSION, "validation.version.order", minVersion));
        }
        return problems;
    }

    private Optional<FieldProblem> checkVersion(SessionField field, String raw) {
        String version = trimToNull(raw);
        if (version == null) {
            return Optional.empty();
        }
        if (version.length() < VERSION_MIN || version.length() > VERSION_MAX || !VERSION.matcher(version).matches()) {
            return Optional.of(error(field, "validation.version.model"));
        }
        return Optional.empty();
    }

    List<FieldProblem> checkClientRequestToken(String raw) {
        String token = trimToNull(raw);
        if (token == null) {
            return List.of();
        }
        if (token.length() > TOKEN_MAX || !TOKEN.matcher(token).matches()) {
            return List.of(error(SessionField.CLIENT_REQUEST_TOKEN, "validation.token.model", TOKEN_MAX));
        }
        return List.of(warning(SessionField.CLIENT_REQUEST_TOKEN, "validation.token.reuse"));
    }

    /** A whole number written only in ASCII digits (leading zeros allowed), or empty; never overflows. */
    public static OptionalInt asciiWholeNumber(String text) {
        if (text == null || text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        String significant = text.replaceFirst("^0+(?=.)", "");
        return significant.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(significant));
    }

    /** Numeric, part by part: "1.10.0" is above "1.9.0". Both arguments already match the version pattern. */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int order = Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static SessionSettings toSettings(SessionDraft draft) {
        String limit = trimToNull(draft.auditImagesLimit());
        return new SessionSettings(
                trimToNull(draft.region()),
                Optional.ofNullable(trimToNull(draft.bucket())),
                draft.keyPrefix() == null ? "" : draft.keyPrefix(),
                limit == null ? 0 : asciiWholeNumber(limit).orElseThrow(),
                Optional.ofNullable(trimToNull(draft.kmsKeyId())),
                ChallengeType.fromWireName(draft.challengeType()).orElse(ChallengeType.DEFAULT),
                Optional.ofNullable(trimToNull(draft.challengeMinVersion())),
                Optional.ofNullable(trimToNull(draft.challengeMaxVersion())),
                Optional.ofNullable(trimToNull(draft.clientRequestToken())));
    }

    private static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        // Trimmed as the model reads whitespace, so a pasted non-breaking space at an edge is slop, not content.
        String trimmed = ModelText.strip(value);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
