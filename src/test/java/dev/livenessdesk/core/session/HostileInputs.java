package dev.livenessdesk.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded generator of field inputs as a hostile world types them: mostly valid text of the field's own alphabet
 * at its length limits, then spoiled in places with Unicode whitespace (ECMA-262's and Java's, which differ), lone
 * surrogates, emoji, non-ASCII digits and letters that fold to ASCII, and ASCII punctuation.
 */
final class HostileInputs {

    /** Characters the model reads differently from java.util.regex or that break UTF-16, one string each. */
    static final List<String> HOSTILE = hostilePool();

    private final Random random;

    HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} inputs: text of the alphabet, at a length picked around the limits, then spoiled or not. */
    List<String> generate(int count, String alphabet, int minLength, int maxLength) {
        return generate(count, () -> text(alphabet, length(minLength, maxLength)));
    }

    /** {@code count} inputs built from the given valid-ish shapes, then spoiled or not. */
    List<String> generate(int count, Supplier<String> shapes) {
        List<String> inputs = new ArrayList<>(count);
        while (inputs.size() < count) {
            inputs.add(spoil(shapes.get()));
        }
        return inputs;
    }

    int length(int minLength, int maxLength) {
        int[] edges = {0, 1, minLength - 1, minLength, minLength + 1, maxLength - 1, maxLength, maxLength + 1};
        return random.nextInt(3) == 0 ? random.nextInt(maxLength + 3)
                : Math.max(0, edges[random.nextInt(edges.length)]);
    }

    String text(String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        int[] characters = alphabet.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(characters[random.nextInt(characters.length)]);
        }
        return text.toString();
    }

    String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    /** Leaves about a third as they are; the rest get one to three hostile characters in, at or around them. */
    String spoil(String text) {
        int spoils = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(3);
        StringBuilder spoiled = new StringBuilder(text);
        for (int i = 0; i < spoils; i++) {
            String hostile = HOSTILE.get(random.nextInt(HOSTILE.size()));
            int where = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> spoiled.length();
                default -> spoiled.length() == 0 ? 0 : random.nextInt(spoiled.length());
            };
            if (random.nextBoolean() && where < spoiled.length()) {
                spoiled.replace(where, where + 1, hostile);
            } else {
                spoiled.insert(where, hostile);
            }
        }
        return spoiled.toString();
    }

    private static List<String> hostilePool() {
        List<String> pool = new ArrayList<>();
        ServiceModelReference.ECMA_WHITESPACE.forEach(c -> pool.add(Character.toString(c)));
        // Whitespace to Java (Character.isWhitespace or \s) but not to ECMA-262, and look-alikes of neither.
        for (int c : new int[] {0x1C, 0x1D, 0x1E, 0x1F, 0x85, 0x180E, 0x200B, 0x200D, 0x2060, 0x00AD}) {
            pool.add(Character.toString(c));
        }
        pool.add("\uD83D");
        pool.add("\uDE00");
        pool.add("\uDE00\uD83D");
        pool.add("\uD83D\uDE00");
        pool.add("\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08");
        // Digits that Integer.parseInt and Character.isDigit take, letters that fold to ASCII under equalsIgnoreCase.
        for (int c : new int[] {0x0660, 0x0662, 0x0664, 0x06F4, 0x0968, 0xFF10, 0xFF12, 0xFF14, 0x1D7D0}) {
            pool.add(Character.toString(c));
        }
        for (String s : new String[] {"\u0131", "\u0130", "\u212A", "\u017F", "\u00E9", "\u00DF", "\uFF21", "\u0430"}) {
            pool.add(s);
        }
        for (char c = 0x21; c < 0x7F; c++) {
            pool.add(Character.toString(c));
        }
        pool.add("\u0000");
        pool.add("\u007F");
        pool.add("+");
        pool.add("-");
        return List.copyOf(pool);
    }
}
