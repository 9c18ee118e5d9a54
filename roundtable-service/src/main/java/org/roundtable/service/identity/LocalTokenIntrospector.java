package org.roundtable.service.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

import java.util.List;
import java.util.Map;

/**
 * Checks a bearer token of a local account: known, not expired, not revoked, and its person still active.
 * The person's partner and roles are read now (one query with the token), so a role revoked a minute ago no
 * longer counts.
 */
class LocalTokenIntrospector implements OpaqueTokenIntrospector {

    static final String MEMBER = "member";

    private final AccessTokens tokens;

    LocalTokenIntrospector(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        Member member = tokens.member(token)
                .orElseThrow(() -> new BadOpaqueTokenException("the token is unknown, expired or revoked"));
        List<GrantedAuthority> authorities = member.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return new DefaultOAuth2AuthenticatedPrincipal(member.person().value(), Map.of(MEMBER, member), authorities);
    }
}
