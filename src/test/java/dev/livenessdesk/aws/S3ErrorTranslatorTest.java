package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.aws.S3ErrorTranslator.S3Action;
import dev.livenessdesk.core.images.BucketInOtherRegionException;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3 refusals as S3 sends them (status, code, headers), in the words a support person reads. */
class S3ErrorTranslatorTest {

    private static final ConnectionSettings US_EAST_1 = ConnectionSettings.of(null, "us-east-1");

    private static S3Exception s3Error(int status, String code, String message, String regionHeader) {
        SdkHttpResponse.Builder http = SdkHttpResponse.builder().statusCode(status);
        if (regionHeader != null) {
            http.putHeader("x-amz-bucket-region", regionHeader);
        }
        return (S3Exception) S3Exception.builder().statusCode(status).message(message).requestId("REQ1")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
                        .sdkHttpResponse(http.build()).build())
                .build();
    }

    @Test
    void aBucketInAnotherRegionNamesThatRegionForTheSwitch() {
        ServiceException error = S3ErrorTranslator.translate(
                s3Error(301, "PermanentRedirect", "The bucket you are attempting to access must be addressed "
                        + "using the specified endpoint.", "eu-west-1"), S3Action.LIST, "b", "p/", US_EAST_1);

        assertThat(error).isInstanceOf(BucketInOtherRegionException.class);
        assertThat(((BucketInOtherRegionException) error).bucketRegion()).isEqualTo("eu-west-1");
        assertThat(error.error().kind()).isEqualTo(ErrorKind.BUCKET_IN_OTHER_REGION);
        assertThat(error.error().message()).contains("eu-west-1").contains("us-east-1");
        assertThat(error.error().ticketDetails()).contains("PermanentRedirect").contains("REQ1");
    }

    @Test
    void aWrongRegionInTheSignatureNamesTheExpectedRegion() {
        ServiceException error = S3ErrorTranslator.translate(s3Error(400, "AuthorizationHeaderMalformed",
                "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'ap-south-1'",
                null), S3Action.GET, "b", "k.jpg", US_EAST_1);

        assertThat(((BucketInOtherRegionException) error).bucketRegion()).isEqualTo("ap-south-1");
    }

    @Test
    void accessDeniedNamesThePermissionTheCallNeeded() {
        ServiceException listing = S3ErrorTranslator.translate(s3Error(403, "AccessDenied", "Access Denied", null),
                S3Action.LIST, "b", "p/", US_EAST_1);
        ServiceException reading = S3ErrorTranslator.translate(s3Error(403, "AccessDenied", "Access Denied", null),
                S3Action.GET, "b", "p/x.jpg", US_EAST_1);

        assertThat(listing.error().kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
        assertThat(listing.error().message()).contains("s3:ListBucket").contains("arn:aws:s3:::b");
        assertThat(reading.error().message()).contains("s3:GetObject").contains("arn:aws:s3:::b/p/x.jpg");
    }

    @Test
    void kmsRefusalsNameKmsDecrypt() {
        ServiceException byCode = S3ErrorTranslator.translate(s3Error(400, "KMS.DisabledException",
                "key disabled", null), S3Action.GET, "b", "x.jpg", US_EAST_1);
        ServiceException byMessage = S3ErrorTranslator.translate(s3Error(403, "AccessDenied",
                "User is not authorized to perform: kms:Decrypt", null), S3Action.GET, "b", "x.jpg", US_EAST_1);

        assertThat(byCode.error().kind()).isEqualTo(ErrorKind.KMS_ACCESS_DENIED);
        assertThat(byCode.error().message()).contains("kms:Decrypt");
        assertThat(byMessage.error().kind()).isEqualTo(ErrorKind.KMS_ACCESS_DENIED);
    }

    @Test
    void aRegionHeaderOnAnOrdinaryRefusalIsNotARegionProblem() {
        ServiceException error = S3ErrorTranslator.translate(s3Error(404, "NoSuchBucket", "nope", "eu-west-1"),
                S3Action.LIST, "b", "", US_EAST_1);

        assertThat(error.error().kind()).isEqualTo(ErrorKind.NO_SUCH_BUCKET);
    }
}
