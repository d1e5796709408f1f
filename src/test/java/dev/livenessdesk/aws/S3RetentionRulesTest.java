package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.core.connection.ConnectionSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.erasure.RetentionChanges;
import dev.livenessdesk.core.erasure.RetentionProposal;
import dev.livenessdesk.core.erasure.RetentionRule;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.LifecycleRule;
import dev.livenessdesk.testsupport.StsStandIn;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.VersionedS3StandIn;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retention rule written into a bucket's lifecycle configuration: merged, never replacing what is there. */
class S3RetentionRulesTest {

    private static final String EXISTING = "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Rule><ID>logs-90</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</Status>"
            + "<Expiration><Days>90</Days></Expiration></Rule>"
            + "<Rule><ID>archive-to-glacier</ID><Filter><Prefix>archive/</Prefix></Filter><Status>Enabled</Status>"
            + "<Transition><Days>30</Days><StorageClass>GLACIER</StorageClass></Transition></Rule>"
            + "</LifecycleConfiguration>";

    private static final Instant WHEN = Instant.parse("2026-12-06T20:00:00Z");

    private VersionedS3StandIn s3;
    private StsStandIn sts;
    private AwsClients clients;
    private S3RetentionRules rules;
    private RetentionChanges changes;

    @BeforeEach
    void start() {
        s3 = VersionedS3StandIn.start();
        sts = StsStandIn.start();
        clients = S3TestConnection.clients();
        rules = new S3RetentionRules(clients, new ConnectionSettings(Optional.empty(), S3TestConnection.REGION,
                Optional.empty(), Optional.of(s3.uri())),
                new StsCallerIdentity(clients, new CredentialSources(), Optional.of(sts.uri())));
        changes = new RetentionChanges(rules, Clock.fixed(WHEN, ZoneOffset.UTC), "0.1.0");
    }

    @AfterEach
    void stop() {
        clients.close();
        s3.close();
        sts.close();
    }

    @Test
    void theRuleIsAddedBesideTheExistingOnesAndAnotherProposalReplacesOnlyIt() throws Exception {
        VersionedS3StandIn.Bucket bucket = s3.bucket("b", StsStandIn.ACCOUNT).lifecycle(EXISTING);
        List<LifecycleRule> shown = rules.current("b");

        rules.apply("b", RetentionRule.forPrefix("checks/", 30), shown);

        String written = bucket.lifecycleXml();
        assertThat(written).contains("<ID>logs-90</ID>").contains("<ID>archive-to-glacier</ID>")
                .contains("<StorageClass>GLACIER</StorageClass>")
                .contains("<ID>liveness-desk-retention checks/</ID>").contains("<Prefix>checks/</Prefix>")
                .contains("<Expiration><Days>30</Days></Expiration>")
                .contains("<NoncurrentDays>1</NoncurrentDays>").contains("<DaysAfterInitiation>1</DaysAfterInitiation>");

        rules.apply("b", RetentionRule.forPrefix("checks/", 14), rules.current("b"));

        List<LifecycleRule> now = rules.current("b");
        assertThat(now).extracting(LifecycleRule::id)
                .containsExactly("logs-90", "archive-to-glacier", "liveness-desk-retention checks/");
        assertThat(now.get(2).expirationDays()).hasValue(14);
    }

    @Test
    void rulesChangedSinceTheUserLookedAreNotOverwritten() throws Exception {
        VersionedS3StandIn.Bucket bucket = s3.bucket("b", StsStandIn.ACCOUNT).lifecycle(EXISTING);
        List<LifecycleRule> shown = rules.current("b");
        bucket.lifecycle(EXISTING.replace("<Days>90</Days>", "<Days>45</Days>"));

        assertThatThrownBy(() -> rules.apply("b", RetentionRule.forPrefix("checks/", 30), shown))
                .isInstanceOf(ServiceException.class).hasMessageContaining("changed since you looked");
        assertThat(bucket.lifecycleXml()).doesNotContain("liveness-desk-retention");
    }

    @Test
    void aBucketWithoutRulesGetsTheOneAndADenialNamesPutLifecycleConfiguration() throws Exception {
        VersionedS3StandIn.Bucket bucket = s3.bucket("b", StsStandIn.ACCOUNT);
        rules.apply("b", RetentionRule.forPrefix("", 30), rules.current("b"));
        assertThat(rules.current("b")).extracting(LifecycleRule::id).containsExactly("liveness-desk-retention");

        bucket.denyLifecycleWrites();
        assertThatThrownBy(() -> rules.apply("b", RetentionRule.forPrefix("", 7), rules.current("b")))
                .isInstanceOf(ServiceException.class).hasMessageContaining("s3:PutLifecycleConfiguration");
    }

    @Test
    void theRuleShownIsTheRuleWrittenBesideEveryExistingRuleWithAReceiptInTheBucket() throws Exception {
        VersionedS3StandIn.Bucket bucket = s3.bucket("b", StsStandIn.ACCOUNT).lifecycle(EXISTING);

        RetentionProposal proposal = changes.propose("b", "checks/", 30);
        assertThat(proposal.merge().kept()).containsExactly("logs-90", "archive-to-glacier");
        assertThat(proposal.merge().replaced()).isEmpty();
        RetentionChanges.Outcome outcome = changes.apply(proposal, " b ", true);

        List<LifecycleRule> now = rules.current("b");
        assertThat(now).extracting(LifecycleRule::id)
                .containsExactly("logs-90", "archive-to-glacier", proposal.rule().id());
        LifecycleRule written = now.get(2);
        assertThat(written.prefix()).isEqualTo(proposal.rule().prefix());
        assertThat(written.expirationDays()).hasValue(proposal.rule().expireAfterDays());
        assertThat(written.noncurrentDays()).hasValue(RetentionRule.NONCURRENT_DAYS);
        assertThat(outcome.bucketCopyKey()).contains("liveness-desk-erasures/lifecycle-2026-12-06T20-00-00Z.json");
        JsonNode receipt = new ObjectMapper().readTree(new String(
                s3.written().get("b/" + outcome.bucketCopyKey().orElseThrow()), StandardCharsets.UTF_8));
        assertThat(receipt.get("who").asText()).isEqualTo(StsStandIn.ARN);
        assertThat(receipt.get("when").asText()).isEqualTo("2026-12-06T20:00:00Z");
        assertThat(receipt.get("ruleWritten")).isEqualTo(new ObjectMapper().valueToTree(proposal.rule().document()));
        assertThat(receipt.get("rulesKept").toString()).isEqualTo("[\"logs-90\",\"archive-to-glacier\"]");
        assertThat(bucket.lifecycleXml()).contains("<StorageClass>GLACIER</StorageClass>");
    }

    @Test
    void someoneElsesRuleWithTheDesksIdKeepsItsIdAndTheProposalTakesTheNextFreeOne() throws Exception {
        VersionedS3StandIn.Bucket bucket = s3.bucket("b", StsStandIn.ACCOUNT).lifecycle(
                "<LifecycleConfiguration><Rule><ID>liveness-desk-retention checks/</ID><Filter><Prefix>old/</Prefix>"
                        + "</Filter><Status>Enabled</Status><Expiration><Days>400</Days></Expiration></Rule>"
                        + "</LifecycleConfiguration>");

        RetentionProposal proposal = changes.propose("b", "checks/", 30);
        assertThat(proposal.rule().id()).isEqualTo("liveness-desk-retention checks/ (2)");
        assertThat(proposal.merge().replaced()).isEmpty();
        changes.apply(proposal, "b", false);

        assertThat(rules.current("b")).extracting(LifecycleRule::id, LifecycleRule::prefix).containsExactly(
                org.assertj.core.groups.Tuple.tuple("liveness-desk-retention checks/", "old/"),
                org.assertj.core.groups.Tuple.tuple("liveness-desk-retention checks/ (2)", "checks/"));
        assertThat(bucket.lifecycleXml()).contains("<Days>400</Days>");
    }

    @Test
    void withoutTheBucketsNameTypedNothingIsWrittenAndADenialNamesTheAction() throws Exception {
        VersionedS3StandIn.Bucket bucket = s3.bucket("b", StsStandIn.ACCOUNT);
        RetentionProposal proposal = changes.propose("b", "", 30);
        assertThat(proposal.shown()).isEmpty();

        assertThatThrownBy(() -> changes.apply(proposal, "yes", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Type the bucket name b");
        assertThat(bucket.lifecycleXml()).isNull();

        bucket.denyLifecycleWrites();
        assertThatThrownBy(() -> changes.apply(proposal, "b", false))
                .isInstanceOf(ServiceException.class).hasMessageContaining("s3:PutLifecycleConfiguration");
        assertThat(bucket.lifecycleXml()).isNull();
    }
}
