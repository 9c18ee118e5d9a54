package org.roundtable.service.identity;

import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.Reader;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An authenticated person: who they are, the partner they belong to, the roles they hold now, and whether that
 * partner still takes part in the round table.
 */
public record Member(PersonId person, PartnerId partner, Set<Role> roles, boolean partnerActive) {

    public Member {
        roles = Set.copyOf(roles);
    }

    /** The roles as Spring Security's authorities ({@code ROLE_CHAIR}, ...). */
    public List<GrantedAuthority> authorities() {
        return roles.stream().sorted().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    /** The principal Spring Security keeps for this member, whichever way they logged in. */
    OAuth2AuthenticatedPrincipal principal() {
        return new DefaultOAuth2AuthenticatedPrincipal(person.value(), Map.of(LocalTokenIntrospector.MEMBER, this),
                authorities());
    }

    /** The reader of the queries this person makes. */
    public Reader reader() {
        return new Reader(person, partner, roles, partnerActive);
    }

    /** The actor of the commands this person gives. */
    public Actor actor() {
        return new Actor(person, partner, roles);
    }
}
