package dev.livenessdesk.aws.sso;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the device sign-in needs from a profile that uses IAM Identity Center.
 *
 * @param profile     the profile's name
 * @param sessionName the [sso-session NAME] it uses; empty for a legacy profile with sso_start_url in it
 * @param startUrl    the AWS access portal URL
 * @param ssoRegion   where IAM Identity Center lives (not the profile's region)
 * @param scopes      the registration scopes (sso-session only)
 */
public record SsoProfile(String profile, Optional<String> sessionName, String startUrl, String ssoRegion,
                         List<String> scopes) {

    public SsoProfile {
        scopes = List.copyOf(scopes);
    }

    /** The token cache file name the AWS CLI v2 and the SDK use: SHA-1 of the session name, or of the start URL. */
    public String cacheFileName() {
        return sha1Hex(sessionName.orElse(startUrl)) + ".json";
    }

    static String sha1Hex(String text) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-1", e);
        }
    }
}
