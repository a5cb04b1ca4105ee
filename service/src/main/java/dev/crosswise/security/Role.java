package dev.crosswise.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who may call what. Roles are ordered: each includes everything the roles before it may do, so the role table
 * ({@link OperationRoles}) names the least role an operation needs. The storefront role comes first because it may
 * do least: what a frontend may do, narrowed (see {@link StorefrontScope} and {@link FieldRoles}).
 */
public enum Role {
    /**
     * A shop's web pages, in the browser: a key (or a customer token) anyone can read from the page. Asks for and
     * records decisions and browsing events for its own customer only, and reads no personal data and no margins.
     */
    STOREFRONT,
    /** Shop frontends, email tools, call-centre screens: ask for and record decisions, events, responses. */
    FRONTEND,
    /** Business analysts: also read and simulate the rule set, and reload it. */
    ANALYST,
    /** Operators: also change the catalog and customers, recompute derived data, export. */
    ADMIN;

    /** The Spring Security authority of this role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** {@code storefront}, {@code frontend}, {@code analyst} or {@code admin} in any case; empty for anything else. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (name.startsWith("ROLE_")) {
            name = name.substring("ROLE_".length());
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    static String names() {
        return Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
