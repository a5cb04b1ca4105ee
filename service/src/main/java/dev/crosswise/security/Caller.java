package dev.crosswise.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who sent a GraphQL request, as the operation guard sees it: the highest role granted (none when anonymous),
 * and whether an API key was sent that is not one of ours. Carried in the GraphQL context, not in a thread-local,
 * so it reaches every data fetcher whatever thread runs it.
 *
 * @param role       the highest role, or null when the request is not authenticated
 * @param invalidKey an {@code X-API-Key} was sent but is unknown
 */
public record Caller(Role role, boolean invalidKey) {

    static final Caller ANONYMOUS = new Caller(null, false);

    static Caller of(Authentication authentication, boolean invalidKey) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Caller(null, invalidKey);
        }
        Role highest = null;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Optional<Role> role = authority.getAuthority() == null || !authority.getAuthority().startsWith("ROLE_")
                    ? Optional.empty() : Role.parse(authority.getAuthority());
            if (role.isPresent() && (highest == null || role.get().includes(highest))) {
                highest = role.get();
            }
        }
        return new Caller(highest, invalidKey);
    }

    public boolean authenticated() {
        return role != null;
    }
}
