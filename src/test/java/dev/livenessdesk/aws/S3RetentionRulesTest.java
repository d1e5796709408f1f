package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.erasure.RetentionRule;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.LifecycleRule;
import dev.livenessdesk.testsupport.StsStandIn;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.VersionedS3StandIn;
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

    private VersionedS3StandIn s3;
    private AwsClients clients;
    private S3RetentionRules rules;

    @BeforeEach
    void start() {
        s3 = VersionedS3StandIn.start();
        clients = S3TestConnection.clients();
        rules = new S3RetentionRules(clients, new ConnectionSettings(Optional.empty(), S3TestConnection.REGION,
                Optional.empty(), Optional.of(s3.uri())));
    }

    @AfterEach
    void stop() {
        clients.close();
        s3.close();
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
}
