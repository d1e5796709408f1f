package dev.livenessdesk.core.campaign;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ISO/IEC 30107-3 numbers at one pass mark. A session is accepted when its confidence is at or above the pass
 * mark (a tie is accepted).
 *
 * @param bpcer          bona fide presentations rejected; empty when the campaign has no bona fide scenario
 * @param apcer          attack presentations accepted, per species the campaign's scenarios try, in species order
 * @param worst          the species with the highest APCER among those with scored sessions (the first on a tie)
 * @param scenarioErrors per scenario (in campaign order): its errors at this pass mark, rejections for bona fide,
 *                       acceptances for attacks
 */
public record PassMarkMetrics(int passMark, Optional<Rate> bpcer, Map<AttackSpecies, Rate> apcer,
                              Optional<SpeciesRate> worst, Map<String, Rate> scenarioErrors) {

    public PassMarkMetrics {
        bpcer = bpcer == null ? Optional.empty() : bpcer;
        apcer = Collections.unmodifiableMap(apcer.isEmpty() ? new EnumMap<>(AttackSpecies.class)
                : new EnumMap<>(apcer));
        worst = worst == null ? Optional.empty() : worst;
        scenarioErrors = Collections.unmodifiableMap(new LinkedHashMap<>(scenarioErrors));
    }

    /** APCER per species, in species order. */
    public List<SpeciesRate> apcerPerSpecies() {
        return apcer.entrySet().stream().map(e -> new SpeciesRate(e.getKey(), e.getValue())).toList();
    }

    /** The worst-case APCER as a fraction; empty when no attack was scored. */
    public java.util.OptionalDouble worstApcer() {
        return worst.map(w -> w.rate().fraction()).orElse(java.util.OptionalDouble.empty());
    }

    /** An attack species' rate at this pass mark. */
    public record SpeciesRate(AttackSpecies species, Rate rate) {
    }
}
