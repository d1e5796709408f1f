package dev.livenessdesk.core.campaign;

import java.util.EnumMap;
import java.util.Map;

/** How many sessions a scenario has, and where they stand; the same at every pass mark. */
public record ScenarioTally(Scenario scenario, Map<SessionOutcome, Integer> counts) {

    public ScenarioTally {
        EnumMap<SessionOutcome, Integer> all = new EnumMap<>(SessionOutcome.class);
        for (SessionOutcome outcome : SessionOutcome.values()) {
            all.put(outcome, counts == null ? 0 : counts.getOrDefault(outcome, 0));
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    /** Every session tagged with the scenario, excluded ones too. */
    public int sessions() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The sessions that count in the metrics. */
    public int scored() {
        return count(SessionOutcome.SCORED);
    }

    public int count(SessionOutcome outcome) {
        return counts.get(outcome);
    }
}
