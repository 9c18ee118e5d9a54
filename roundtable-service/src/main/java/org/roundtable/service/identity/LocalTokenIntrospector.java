package org.roundtable.service.identity;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;


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
        return member.principal();
    }
}
