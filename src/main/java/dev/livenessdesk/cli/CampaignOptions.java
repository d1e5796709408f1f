package dev.livenessdesk.cli;

import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignNames;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.failure.ServiceException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** {@code create}'s campaign options: which campaign and scenario the new session is for, and where it is shared. */
final class CampaignOptions {

    @Option(names = "--campaign", paramLabel = "NAME", description = "Tag the session for this campaign.")
    String campaign;

    @Option(names = "--scenario", paramLabel = "NAME", description = "The campaign's scenario the session presents.")
    String scenario;

    @Option(names = "--expect", paramLabel = "EXPECT",
            description = "What the scenario presents: bona-fide, attack:printed-photo, attack:screen-replay, "
                    + "attack:mask, attack:injection or attack:other. Needed for a new scenario.")
    String expect;

    @Option(names = "--tester", paramLabel = "NAME", description = "Who runs the check. Default: your user name.")
    String tester;

    @Option(names = "--local-only",
            description = "Keep the campaign record on this computer, even with a bucket.")
    boolean localOnly;

    /** The tag asked for, checked against this computer's campaigns before any call; empty without --campaign. */
    Optional<CampaignTag> check(Supplier<CampaignStore> store) throws InvalidInput, ServiceException {
        if (campaign == null && scenario == null && expect == null && tester == null && !localOnly) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        if (campaign == null) {
            problems.add(CliText.get("campaign.needsCampaign"));
        }
        CampaignNames.problem(campaign == null ? "x" : campaign).ifPresent(why -> problems.add("campaign: " + why));
        if (scenario == null) {
            problems.add(CliText.get("campaign.needsScenario"));
        } else {
            CampaignNames.problem(scenario).ifPresent(why -> problems.add("scenario: " + why));
        }
        Optional<Expectation> expectation = Optional.empty();
        if (expect != null) {
            try {
                expectation = Optional.of(Expectation.parse(expect));
            } catch (IllegalArgumentException refused) {
                problems.add("expect: " + refused.getMessage());
            }
        }
        String who = tester != null ? tester : System.getProperty("user.name", "");
        if (tester != null) {
            CampaignNames.problem(tester).ifPresent(why -> problems.add("tester: " + why));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(String.join("; ", problems));
        }
        // Opened only now: a create without campaign options never touches the local database (bench/cli).
        Optional<Campaign> known = knownCampaign(store.get());
        Optional<Scenario> knownScenario = known.flatMap(c -> c.scenario(scenario));
        if (knownScenario.isEmpty() && expectation.isEmpty()) {
            throw new InvalidInput(CliText.get("campaign.needsExpect", CampaignNames.normalize(scenario),
                    Expectation.acceptedValues()));
        }
        if (knownScenario.isPresent() && expectation.isPresent()
                && !knownScenario.get().expectation().equals(expectation.get())) {
            throw new InvalidInput(CliText.get("campaign.expectDiffers", knownScenario.get().name(),
                    known.get().name(), knownScenario.get().expectation().wireName(), expectation.get().wireName()));
        }
        return Optional.of(new CampaignTag(known.map(Campaign::name).orElse(CampaignNames.normalize(campaign)),
                knownScenario.map(Scenario::name).orElse(CampaignNames.normalize(scenario)),
                knownScenario.map(Scenario::expectation).orElseGet(expectation::orElseThrow),
                CampaignNames.normalize(who), localOnly));
    }

    private Optional<Campaign> knownCampaign(CampaignStore store) throws ServiceException {
        try {
            return store.campaign(campaign);
        } catch (IOException unreadable) {
            throw LocalDatabaseFailure.of(unreadable);
        }
    }

    /** A checked tag: the names as this computer already spells them, or as given for a new one. */
    record CampaignTag(String campaign, String scenario, Expectation expectation, String tester, boolean localOnly) {
    }
}
