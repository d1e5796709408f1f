package dev.livenessdesk.core.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user agent read into what a support person asks about: the browser, the operating system and the AWS SDK (or
 * tool) that made the call. Each part is empty where the text does not say it; the raw text is always kept and is
 * what a tooltip shows. User agents are free text sent by the client: nothing here decides anything.
 */
public record ClientAgent(String raw, Optional<String> browser, Optional<String> os, Optional<String> sdk) {

    // The order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
    private static final List<Rule> BROWSERS = List.of(
            new Rule(Pattern.compile("Edg(?:e|A|iOS)?/(\\d+)"), "Edge"),
            new Rule(Pattern.compile("OPR/(\\d+)"), "Opera"),
            new Rule(Pattern.compile("SamsungBrowser/(\\d+)"), "Samsung Internet"),
            new Rule(Pattern.compile("Firefox/(\\d+)"), "Firefox"),
            new Rule(Pattern.compile("FxiOS/(\\d+)"), "Firefox"),
            new Rule(Pattern.compile("CriOS/(\\d+)"), "Chrome"),
            new Rule(Pattern.compile("Chrome/(\\d+)"), "Chrome"),
            new Rule(Pattern.compile("Version/(\\d+)[.\\d]* (?:Mobile/\\S+ )?Safari/"), "Safari"),
            new Rule(Pattern.compile("md/browser#([A-Za-z]+)_(\\d+)"), null));
    private static final List<Rule> SYSTEMS = List.of(
            new Rule(Pattern.compile("Windows NT 10\\.0"), "Windows 10/11"),
            new Rule(Pattern.compile("Windows NT (\\d+\\.\\d+)"), "Windows NT"),
            new Rule(Pattern.compile("Android (\\d+)"), "Android"),
            new Rule(Pattern.compile("(?:iPhone|CPU) OS (\\d+)"), "iOS"),
            new Rule(Pattern.compile("iPad.*OS (\\d+)"), "iPadOS"),
            new Rule(Pattern.compile("Mac OS X (\\d+[_.]\\d+)"), "macOS"),
            new Rule(Pattern.compile("CrOS"), "ChromeOS"),
            new Rule(Pattern.compile("(?i)\\bos/(windows|linux|macos|android|ios|other)"), null),
            new Rule(Pattern.compile("Linux"), "Linux"));
    private static final Pattern SDK = Pattern.compile(
            "(aws-sdk-[a-z]+|aws-cli|Boto3|botocore|aws-amplify|amplify-[a-z-]+|Amplify)[/#]([0-9][\\w.-]*)");
    private static final Pattern AWS_CONSOLE = Pattern.compile("(?i)console\\.amazonaws\\.com|AWS Internal");

    /** Reads a user agent; an empty or absent one reads as nothing known. */
    public static ClientAgent read(String userAgent) {
        String raw = userAgent == null ? "" : userAgent;
        return new ClientAgent(raw, browserOf(raw), osOf(raw), sdkOf(raw));
    }

    /** "Chrome 120 on Windows 10/11, aws-sdk-js 3.511.0": what a row shows; the raw text when nothing is known. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        String where = browser.map(b -> os.map(o -> ActivityWords.get("agent.browserOnOs", b, o)).orElse(b))
                .orElseGet(() -> os.orElse(""));
        if (!where.isEmpty()) {
            parts.add(where);
        }
        sdk.ifPresent(parts::add);
        return parts.isEmpty() ? raw : String.join(", ", parts);
    }

    /** The short name a summary groups by: the browser, else the SDK, else the raw text, else "no user agent". */
    public String groupName() {
        if (browser.isPresent()) {
            return browser.get().replaceAll(" \\d+$", "") + os.map(o -> " / " + o).orElse("");
        }
        if (sdk.isPresent()) {
            return sdk.get().replaceAll(" [\\d.][\\w.-]*$", "");
        }
        return raw.isBlank() ? ActivityWords.get("agent.none") : raw;
    }

    private static Optional<String> browserOf(String raw) {
        for (Rule rule : BROWSERS) {
            Matcher match = rule.pattern.matcher(raw);
            if (match.find()) {
                return Optional.of(rule.name == null ? match.group(1) + " " + match.group(2)
                        : rule.name + " " + match.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> osOf(String raw) {
        for (Rule rule : SYSTEMS) {
            Matcher match = rule.pattern.matcher(raw);
            if (match.find()) {
                if (rule.name == null) {
                    String os = match.group(1).toLowerCase(java.util.Locale.ROOT);
                    return Optional.of(switch (os) {
                        case "windows" -> "Windows";
                        case "macos" -> "macOS";
                        case "ios" -> "iOS";
                        case "android" -> "Android";
                        case "linux" -> "Linux";
                        default -> match.group(1);
                    });
                }
                return Optional.of(match.groupCount() >= 1 && !"Windows 10/11".equals(rule.name)
                        && !"ChromeOS".equals(rule.name) && !"Linux".equals(rule.name)
                        ? rule.name + " " + match.group(1).replace('_', '.') : rule.name);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sdkOf(String raw) {
        Matcher match = SDK.matcher(raw);
        if (match.find()) {
            return Optional.of(match.group(1) + " " + match.group(2));
        }
        if (AWS_CONSOLE.matcher(raw).find()) {
            return Optional.of(ActivityWords.get("agent.console"));
        }
        return Optional.empty();
    }

    private record Rule(Pattern pattern, String name) {
    }
}
