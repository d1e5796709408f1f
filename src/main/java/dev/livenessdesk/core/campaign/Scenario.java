package dev.livenessdesk.core.campaign;

import java.util.Objects;

/**
 * One way of presenting to the camera within a campaign, such as "bona fide, poor light" or "printed photo A4".
 * Its name is unique within its campaign (ignoring case).
 */
public record Scenario(String name, Expectation expectation) {

    public Scenario {
        name = CampaignNames.require(name);
        Objects.requireNonNull(expectation, "expectation");
    }

    public boolean isBonaFide() {
        return expectation.isBonaFide();
    }
}
