package dev.livenessdesk.aws;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.ListObjectsRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * Every S3 listing asks for URL-encoded keys. A key may hold any character, a control character too, and S3 then
 * answers XML 1.0 cannot carry: without the encoding the SDK's parser refuses the whole page, and one odd key
 * under a prefix would stop the listing for everyone. The SDK's own response interceptor decodes the keys again.
 */
final class UrlEncodedListings implements ExecutionInterceptor {

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (request instanceof ListObjectsV2Request listing && listing.encodingType() == null) {
            return listing.toBuilder().encodingType(EncodingType.URL).build();
        }
        if (request instanceof ListObjectsRequest listing && listing.encodingType() == null) {
            return listing.toBuilder().encodingType(EncodingType.URL).build();
        }
        return request;
    }
}
