package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;

/** The "could not check" rows every check shares: AWS refused or did not answer, or an earlier row failed. */
final class CouldNotCheck {

    private CouldNotCheck() {
    }

    /** The call failed: say why in the error's own words; a denied read names the permission to ask for. */
    static CheckResult because(CheckId id, ServiceError error, String permission, String resource) {
        if (error.kind() == ErrorKind.ACCESS_DENIED) {
            return CheckResult.unknown(id, SetupWords.get("unknown.denied", permission),
                    SetupWords.get("unknown.denied.fix", permission, resource));
        }
        return CheckResult.unknown(id, SetupWords.get("unknown.error", error.message()), error.nextStep());
    }

    /** A row that needs the credentials, after the credentials row failed. */
    static CheckResult withoutCredentials(CheckId id) {
        return CheckResult.unknown(id, SetupWords.get("unknown.noCredentials"),
                SetupWords.get("unknown.noCredentials.fix"));
    }

    /** A bucket row, after the bucket row could not reach the bucket. */
    static CheckResult withoutBucket(CheckId id) {
        return CheckResult.unknown(id, SetupWords.get("unknown.noBucket"), SetupWords.get("unknown.noBucket.fix"));
    }
}
