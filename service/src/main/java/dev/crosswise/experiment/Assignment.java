package dev.crosswise.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which bucket of {@link #BUCKETS} a customer falls in for one experiment: SHA-256 of the experiment's name, its salt and
 * the customer id, so the same customer lands in the same bucket on every instance, after every restart and reload,
 * and one experiment's buckets say nothing about another's (changing one never reshuffles another).
 */
final class Assignment {

    static final int BUCKETS = 10_000;

    private Assignment() {
    }

    /** The bucket, 0..9 999: the hash's first 8 bytes as an unsigned number, modulo 10 000. */
    static int bucket(String experiment, String salt, String customerId) {
        byte[] hash = sha256().digest((experiment + "\n" + salt + "\n" + customerId).getBytes(StandardCharsets.UTF_8));
        long first = 0;
        for (int i = 0; i < 8; i++) {
            first = (first << 8) | (hash[i] & 0xFF);
        }
        return (int) Long.remainderUnsigned(first, BUCKETS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
