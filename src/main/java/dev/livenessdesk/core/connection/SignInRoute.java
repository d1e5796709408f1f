package dev.livenessdesk.core.connection;

import java.util.Objects;
import java.util.Optional;

/**
 * How a profile can sign in to IAM Identity Center: here, through the device flow, or only in a terminal.
 *
 * @param deviceFlow      true when the app can run the device sign-in itself
 * @param cliCommand      the exact AWS CLI command that signs this profile in (always given, for copying)
 * @param whyNotHere      why the app cannot sign in itself, when it cannot
 */
public record SignInRoute(boolean deviceFlow, String cliCommand, Optional<String> whyNotHere) {

    public SignInRoute {
        Objects.requireNonNull(cliCommand, "cliCommand");
        whyNotHere = whyNotHere == null ? Optional.empty() : whyNotHere;
    }

    public static SignInRoute here(String cliCommand) {
        return new SignInRoute(true, cliCommand, Optional.empty());
    }

    public static SignInRoute terminalOnly(String cliCommand, String why) {
        return new SignInRoute(false, cliCommand, Optional.ofNullable(why).filter(text -> !text.isBlank()));
    }

    /** "aws sso login --profile NAME", or without --profile for the environment's default. */
    public static String cliCommandFor(Optional<String> profile) {
        return "aws sso login" + profile.map(name -> " --profile " + name).orElse("");
    }
}
