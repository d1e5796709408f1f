package dev.livenessdesk.core.check;

/** How a page's credentials were made, which says how much they can do. */
public enum CredentialScope {
    /** sts:GetFederationToken from IAM user keys, with an inline policy of only StartFaceLivenessSession. */
    FEDERATION_TOKEN,
    /** sts:AssumeRole into the user's check role, with the same inline session policy. */
    CHECK_ROLE,
    /** The user's own temporary credentials, handed over after a warning: they can do all the user can. */
    CURRENT_TEMPORARY;

    /** True where the page can do nothing but StartFaceLivenessSession. */
    public boolean isScoped() {
        return this != CURRENT_TEMPORARY;
    }
}
