package dev.crosswise.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/** The state of the rules folder as one hash of every DRL and scenario file in it (paths and contents). */
final class RulesFolder {

    private RulesFolder() {
    }

    static String fingerprint(Path dir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.filter(RulesFolder::watched).sorted().toList()) {
                        digest.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                        try {
                            digest.update(Files.readAllBytes(file));
                        } catch (IOException vanished) {
                            // deleted between the listing and the read: the next look sees the folder settled
                            digest.update((byte) 1);
                        }
                        digest.update((byte) 0);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean watched(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
