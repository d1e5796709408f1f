/** IAM Identity Center (SSO) sign-in by device code, with the SDK's own token cache, for the aws adapter. */
package dev.livenessdesk.aws.sso;
