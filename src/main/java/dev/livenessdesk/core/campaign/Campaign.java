package dev.livenessdesk.core.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named piece of test work: its scenarios, in the order the tester added them. The name is its identity
 * (ignoring case), so two desks sharing a bucket mean the same campaign by the same name.
 */
public record Campaign(String name, Instant createdAt, List<Scenario> scenarios) {

    public Campaign {
        name = CampaignNames.require(name);
        Objects.requireNonNull(createdAt, "createdAt");
        scenarios = List.copyOf(scenarios == null ? List.of() : scenarios);
        for (int i = 0; i < scenarios.size(); i++) {
            for (int j = i + 1; j < scenarios.size(); j++) {
                if (CampaignNames.same(scenarios.get(i).name(), scenarios.get(j).name())) {
                    throw new IllegalArgumentException(CampaignWords.get("scenario.duplicate",
                            scenarios.get(j).name()));
                }
            }
        }
    }

    public static Campaign started(String name, Instant createdAt) {
        return new Campaign(name, createdAt, List.of());
    }

    public Optional<Scenario> scenario(String scenarioName) {
        return scenarios.stream().filter(s -> CampaignNames.same(s.name(), scenarioName)).findFirst();
    }

    /**
     * The campaign with one more scenario at the end.
     *
     * @throws IllegalArgumentException when a scenario of that name exists
     */
    public Campaign withScenario(Scenario added) {
        List<Scenario> all = new ArrayList<>(scenarios);
        all.add(added);
        return new Campaign(name, createdAt, all);
    }

    /** Why a new scenario of this name cannot be added, in words for the field; empty when it can. */
    public Optional<String> scenarioNameProblem(String scenarioName) {
        return CampaignNames.problem(scenarioName).or(() -> scenario(scenarioName)
                .map(existing -> CampaignWords.get("scenario.duplicate", existing.name())));
    }
}
