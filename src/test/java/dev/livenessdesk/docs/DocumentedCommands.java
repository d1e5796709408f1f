package dev.livenessdesk.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shell commands README.md and the pages under docs/ write, exactly as written: fenced ```bash blocks, indented
 * code blocks and inline code that start with a command (a program and at least one argument, after any VAR=value).
 * JSON answers, file names and a program's bare name are not commands.
 */
final class DocumentedCommands {

    /** One command, or one script of several lines, as the page writes it. */
    record Command(Path page, String text) {

        /** The first line, whitespace folded: how the tests name a command. */
        String firstLine() {
            return text.strip().lines().findFirst().orElse("").strip().replaceAll("\\s+", " ");
        }

        @Override
        public String toString() {
            return page.getFileName() + ": " + firstLine();
        }
    }

    private static final Pattern COMMAND = Pattern.compile(
            "^(?:[A-Z][A-Z0-9_]*=(?:\"[^\"]*\"|\\S*)\\s+)*(?:set|out=|id=|mvn|liveness-desk|bash|sh|sudo|aws|export|jq"
                    + "|java|npm|node|xvfb-run|curl|git|cd|INSTALLER_TYPE=\\w+\\s+mvn)(?:\\s|\\$|\\()\\S");
    private static final Pattern FENCE = Pattern.compile("(?m)^ *```(\\w*)\\n(.*?)^ *```", Pattern.DOTALL);
    private static final Pattern SPAN = Pattern.compile("`([^`]+)`");

    private DocumentedCommands() {
    }

    /** README.md and every docs/*.md of the project folder. */
    static List<Path> pages(Path project) {
        List<Path> pages = new ArrayList<>(List.of(project.resolve("README.md")));
        try (Stream<Path> docs = Files.list(project.resolve("docs"))) {
            docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return pages;
    }

    static List<Command> in(Path page) {
        String text;
        try {
            text = Files.readString(page);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        List<Command> found = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        Matcher fence = FENCE.matcher(text);
        int last = 0;
        while (fence.find()) {
            prose.append(text, last, fence.start()).append('\n');
            last = fence.end();
            String language = fence.group(1);
            String body = dedent(fence.group(2));
            if ((language.isEmpty() || language.equals("bash") || language.equals("sh")) && isCommand(body)) {
                found.add(new Command(page, body));
            }
        }
        prose.append(text.substring(last));
        found.addAll(indentedBlocks(page, prose.toString()));
        Matcher span = SPAN.matcher(withoutIndentedBlocks(prose.toString()));
        while (span.find()) {
            String code = span.group(1).replaceAll("\\s*\\n\\s*", " ").strip();
            if (isCommand(code)) {
                found.add(new Command(page, code));
            }
        }
        return found;
    }

    private static boolean isCommand(String text) {
        return COMMAND.matcher(text.strip()).find();
    }

    /**
     * Blocks of lines indented by four spaces after a blank line (not a list item's continuation); a blank line
     * ends one, so a command and the answer printed under it are two blocks.
     */
    private static List<Command> indentedBlocks(Path page, String prose) {
        List<Command> blocks = new ArrayList<>();
        List<String> lines = prose.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (isIndentedStart(lines, i)) {
                StringBuilder block = new StringBuilder();
                while (i < lines.size() && lines.get(i).startsWith("    ")) {
                    block.append(lines.get(i).length() >= 4 ? lines.get(i).substring(4) : "").append('\n');
                    i++;
                }
                if (isCommand(block.toString())) {
                    blocks.add(new Command(page, block.toString()));
                }
            }
        }
        return blocks;
    }

    private static boolean isIndentedStart(List<String> lines, int i) {
        return lines.get(i).startsWith("    ") && !lines.get(i).isBlank() && i > 0 && lines.get(i - 1).isBlank()
                && !inList(lines, i);
    }

    /** A line indented under a list item continues the item: it is prose, not code. */
    private static boolean inList(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String line = lines.get(j);
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("    ")) {
                continue;
            }
            return line.matches("^\\s*(?:[-*]|\\d+\\.)\\s.*");
        }
        return false;
    }

    private static String withoutIndentedBlocks(String prose) {
        List<String> lines = prose.lines().toList();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (isIndentedStart(lines, i)) {
                while (i < lines.size() && lines.get(i).startsWith("    ")) {
                    i++;
                }
            }
            if (i < lines.size()) {
                kept.append(lines.get(i)).append('\n');
            }
        }
        return kept.toString();
    }

    /** A fenced block inside a numbered step is indented with the step: the script is the same without it. */
    private static String dedent(String body) {
        int indent = body.lines().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        body.lines().forEach(line -> out.append(line.length() >= indent ? line.substring(indent) : line.strip())
                .append('\n'));
        return out.toString();
    }
}
