package dev.crosswise.rules;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * A rules or scenario file's bytes as text. Those files are UTF-8; an editor that saves in another encoding
 * (Windows-1252, Latin-1) turns a "€" or an "é" in a message into bytes that are not UTF-8, and the analyst needs to
 * know which file and line to save again, not that "the rules folder cannot be read".
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** The text of {@code bytes}, or the problem at the first byte that is not UTF-8, placed at its line and column. */
    public static Decoded decode(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports malformed input instead of replacing it
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return new Decoded(out.flip().toString(), null);
        }
        // the decoder stopped at the first bad byte: everything before it is the text an editor shows
        String before = out.flip().toString();
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - (before.lastIndexOf('\n') + 1);
        return new Decoded(null, new RuleProblem(path, line, column,
                "not UTF-8 text (byte 0x%02X): save the file as UTF-8".formatted(bytes[in.position()] & 0xFF)));
    }

    /** The text, or (text null) the problem. */
    public record Decoded(String text, RuleProblem problem) {
    }
}
