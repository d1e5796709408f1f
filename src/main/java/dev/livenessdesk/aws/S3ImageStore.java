package dev.livenessdesk.aws;

import dev.livenessdesk.aws.S3ErrorTranslator.S3Action;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.PresignedLink;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.images.SessionKeyLayout;
import dev.livenessdesk.core.images.SessionKeyLayout.ListedObject;
import dev.livenessdesk.core.images.StoredImage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

/** The {@link ImageStore} port on Amazon S3, for one connection; clients come from the shared {@link AwsClients}. */
public final class S3ImageStore implements ImageStore {

    /** SigV4 presigned URLs live at most 7 days. */
    public static final Duration LONGEST_PRESIGN = Duration.ofDays(7);

    /**
     * @param maxObjectBytes the largest object {@link #read} loads into memory (liveness JPEGs are tens of KB)
     */
    public record Options(long maxObjectBytes) {
        public static Options defaults() {
            return new Options(10L * 1024 * 1024);
        }
    }

    private static final int LISTING_PAGE = 1000;

    private final AwsClients clients;
    private final ConnectionSettings connection;
    private final Options options;

    public S3ImageStore(AwsClients clients, ConnectionSettings connection) {
        this(clients, connection, Options.defaults());
    }

    public S3ImageStore(AwsClients clients, ConnectionSettings connection, Options options) {
        this.clients = clients;
        this.connection = connection;
        this.options = options;
    }

    @Override
    public Page<SessionFolder> sessions(String bucket, String prefix, Optional<String> pageToken, int pageSize)
            throws ServiceException {
        return new S3SessionListing(s3(), connection)
                .page(bucket, prefix, pageToken, pageSize);
    }

    @Override
    public List<StoredImage> imagesOf(String bucket, String prefix, String sessionId) throws ServiceException {
        String given = prefix == null ? "" : prefix;
        String id = sessionId.toLowerCase(Locale.ROOT);
        for (String folder : candidateFolders(given, id)) {
            List<ListedObject> objects = listAll(bucket, folder);
            if (!objects.isEmpty()) {
                return SessionKeyLayout.toImages(bucket, folder.substring(0, folder.length() - 37), id,
                        objects);
            }
        }
        return List.of();
    }

    /** Where a session's folder may be: right after the prefix, after "prefix/", and with an uppercase id. */
    private static Set<String> candidateFolders(String prefix, String sessionId) {
        Set<String> folders = new LinkedHashSet<>();
        for (String id : List.of(sessionId, sessionId.toUpperCase(Locale.ROOT))) {
            folders.add(prefix + id + "/");
            if (!prefix.isEmpty() && !prefix.endsWith("/")) {
                folders.add(prefix + "/" + id + "/");
            }
        }
        return folders;
    }

    private List<ListedObject> listAll(String bucket, String folder) throws ServiceException {
        List<ListedObject> objects = new ArrayList<>();
        String token = null;
        try {
            do {
                ListObjectsV2Response page = s3().listObjectsV2(ListObjectsV2Request.builder().bucket(bucket)
                        .prefix(folder).maxKeys(LISTING_PAGE).continuationToken(token).build());
                for (S3Object object : page.contents()) {
                    objects.add(new ListedObject(object.key(), sizeOf(object), object.lastModified()));
                }
                token = page.nextContinuationToken();
            } while (token != null);
        } catch (SdkException e) {
            throw S3ErrorTranslator.translate(e, S3Action.LIST, bucket, folder, connection);
        }
        return objects;
    }

    private static long sizeOf(S3Object object) {
        return object.size() == null ? 0 : object.size();
    }

    @Override
    public byte[] read(S3Location location) throws ServiceException {
        return new S3ObjectReader(s3(), connection, options.maxObjectBytes()).read(location);
    }

    @Override
    public PresignedLink presign(S3Location location, Duration validFor) throws ServiceException {
        Duration asked = validFor.compareTo(LONGEST_PRESIGN) > 0 ? LONGEST_PRESIGN : validFor;
        try {
            GetObjectRequest.Builder get = GetObjectRequest.builder().bucket(location.bucket()).key(location.key());
            location.version().ifPresent(get::versionId);
            PresignedGetObjectRequest presigned = clients.presigner(connection).presignGetObject(
                    GetObjectPresignRequest.builder().signatureDuration(asked).getObjectRequest(get.build()).build());
            Instant urlExpiry = presigned.expiration();
            // A URL signed with temporary credentials stops working when they expire, whatever it says.
            Optional<Instant> credentialsExpiry = clients.credentials(connection).resolveCredentials()
                    .expirationTime();
            if (credentialsExpiry.isPresent() && credentialsExpiry.get().isBefore(urlExpiry)) {
                return new PresignedLink(presigned.url().toURI(), credentialsExpiry.get(), true);
            }
            return new PresignedLink(presigned.url().toURI(), urlExpiry, false);
        } catch (SdkException e) {
            throw S3ErrorTranslator.translate(e, S3Action.GET, location.bucket(), location.key(), connection);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("The SDK presigned an invalid URL", e);
        }
    }

    private S3Client s3() {
        return clients.s3(connection);
    }
}
