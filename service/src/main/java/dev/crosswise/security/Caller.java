package dev.crosswise.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who sent a GraphQL request, as the operation guard sees it: the highest role granted (none when anonymous),
 * whether an API key was sent that is not one of ours, and — for a storefront token — the customer it is bound to.
 * Carried in the GraphQL context, not in a thread-local, so it reaches every data fetcher whatever thread runs it.
 *
 * @param role       the highest role, or null when the request is not authenticated
 * @param invalidKey an {@code X-API-Key} was sent but is unknown
 * @param customerId the customer a storefront caller acts for: the subject of its JWT (a customer token); null for
 *                   the storefront key (an anonymous visitor) and for every other role (which may act for anyone)
 */
public record Caller(Role role, boolean invalidKey, String customerId) {

    static final Caller ANONYMOUS = new Caller(null, false, null);

    static Caller of(Authentication authentication, boolean invalidKey) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Caller(null, invalidKey, null);
        }
        Role highest = null;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Optional<Role> role = authority.getAuthority() == null || !authority.getAuthority().startsWith("ROLE_")
                    ? Optional.empty() : Role.parse(authority.getAuthority());
            if (role.isPresent() && (highest == null || role.get().includes(highest))) {
                highest = role.get();
            }
        }
        String customer = highest == Role.STOREFRONT && authentication instanceof JwtAuthenticationToken token
                && token.getToken().getSubject() != null && !token.getToken().getSubject().isBlank()
                ? token.getToken().getSubject() : null;
        return new Caller(highest, invalidKey, customer);
    }

    public boolean authenticated() {
        return role != null;
    }

    /** A storefront caller: narrowed to browsing, its own customer, and the fields of {@link FieldRoles}. */
    public boolean storefront() {
        return role == Role.STOREFRONT;
    }
}
