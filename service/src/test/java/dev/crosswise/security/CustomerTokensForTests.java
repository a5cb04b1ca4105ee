package dev.crosswise.security;

import dev.crosswise.CrosswiseHttpTest;
import java.time.Instant;

/** Customer tokens for tests outside this package (CustomerTokens is package-private). */
public final class CustomerTokensForTests {

    private CustomerTokensForTests() {
    }

    public static String valid(String customerId) {
        return CustomerTokens.forCustomer(customerId);
    }

    /** Signed with the test secret, expired ten minutes ago. */
    public static String expired(String customerId) {
        return CustomerTokens.sign(CrosswiseHttpTest.STOREFRONT_JWT_SECRET, customerId, "storefront",
                Instant.now().minusSeconds(600));
    }
}
