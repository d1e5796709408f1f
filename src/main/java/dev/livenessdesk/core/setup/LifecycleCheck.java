package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.List;
import java.util.Optional;

/** 6c. Does a lifecycle rule delete the images under the prefix, or do they stay forever? */
final class LifecycleCheck extends BucketSetupCheck {

    LifecycleCheck(SetupAnswers answers) {
        super(answers);
    }

    @Override
    public CheckId id() {
        return CheckId.LIFECYCLE;
    }

    @Override
    String permission() {
        return "s3:GetLifecycleConfiguration";
    }

    @Override
    CheckResult check(SetupTarget target, String bucket, ConnectionSettings inBucketRegion, Findings findings)
            throws ServiceException {
        List<LifecycleRule> rules = answers.lifecycleRules(inBucketRegion, bucket);
        findings.lifecycleRules(rules);
        String where = target.location();
        String fix = SetupWords.get("lifecycle.fix", prefixWords(target.prefix()));
        if (rules.isEmpty()) {
            return CheckResult.warn(id(), SetupWords.get("lifecycle.none", bucket), fix);
        }
        Optional<LifecycleRule> expiring = rules.stream()
                .filter(rule -> rule.covers(target.prefix()) && rule.expiresObjects()).findFirst();
        if (expiring.isEmpty()) {
            return CheckResult.warn(id(), SetupWords.get("lifecycle.notCovering", rules.size(), bucket, where), fix);
        }
        LifecycleRule rule = expiring.get();
        String after = rule.expirationDays().isPresent()
                ? SetupWords.get("lifecycle.afterDays", rule.expirationDays().getAsInt())
                : SetupWords.get("lifecycle.onDate");
        return CheckResult.ok(id(), SetupWords.get("lifecycle.ok", rule.displayName(), where, after));
    }

    static String prefixWords(String prefix) {
        return prefix.isEmpty() ? SetupWords.get("lifecycle.wholeBucket") : prefix;
    }
}
