package dev.crosswise.rules;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rules or scenario file's bytes as text. Those files are UTF-8; an editor that saves in another encoding
 * (Windows-1252, Latin-1) turns a "€" or an "é" in a message into bytes that are not UTF-8, and the analyst needs to
 * know which file and line to save again, not that "the rules folder cannot be read".
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** A file is not UTF-8: the problem is placed at its first byte that is not. */
    public static final class NotUtf8Exception extends RuntimeException {

        private final transient RuleProblem problem;

        NotUtf8Exception(RuleProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public RuleProblem problem() {
            return problem;
        }
    }

    /** The text of {@code bytes}; throws with the problem at the first byte that is not UTF-8. */
    public static String decode(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports malformed input instead of replacing it
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return out.flip().toString();
        }
        // the decoder stopped at the first bad byte: everything before it is the text an editor shows
        String before = out.flip().toString();
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - (before.lastIndexOf('\n') + 1);
        throw new NotUtf8Exception(new RuleProblem(path, line, column,
                "not UTF-8 text (byte 0x%02X): save the file as UTF-8".formatted(bytes[in.position()] & 0xFF)));
    }

    /**
     * The DRL files' texts by path, as the rules are read at start-up and at a reload; throws with every file that is
     * not UTF-8 placed, so that one save fixes them all.
     */
    public static Map<String, String> decodeDrl(Map<String, byte[]> files) {
        Map<String, String> texts = new TreeMap<>();
        List<RuleProblem> notUtf8 = new ArrayList<>();
        files.forEach((path, bytes) -> {
            try {
                texts.put(path, decode(path, bytes));
            } catch (NotUtf8Exception e) {
                notUtf8.add(e.problem());
            }
        });
        if (!notUtf8.isEmpty()) {
            throw new RuleCompilationException("Rules cannot be read", notUtf8);
        }
        return texts;
    }
}
