package dev.crosswise.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A caller authenticated by an API key. The key itself is not kept: the principal is the role's client name. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final Role role;

    ApiKeyAuthentication(Role role) {
        super(List.of(new SimpleGrantedAuthority(role.authority())));
        this.role = role;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "api-key:" + role.name().toLowerCase(java.util.Locale.ROOT);
    }
}
