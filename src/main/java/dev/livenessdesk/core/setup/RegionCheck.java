package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.session.LivenessRegions;

/** 1. Is Face Liveness offered in the region? Asked of the core's region list: no call. */
final class RegionCheck implements SetupCheck {

    @Override
    public CheckId id() {
        return CheckId.REGION;
    }

    @Override
    public CheckResult run(SetupTarget target, Findings findings) {
        String region = target.region();
        if (LivenessRegions.isSupported(region)) {
            return CheckResult.ok(id(), SetupWords.get("region.ok", region));
        }
        return CheckResult.fail(id(), SetupWords.get("region.fail", region),
                SetupWords.get("region.fail.fix", String.join(", ", LivenessRegions.SUPPORTED)));
    }
}
