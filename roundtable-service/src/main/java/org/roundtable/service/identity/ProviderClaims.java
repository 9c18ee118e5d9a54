package org.roundtable.service.identity;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.projections.directory.DirectoryReader;
import org.roundtable.service.config.RoundtableProperties;
import org.springframework.security.oauth2.core.ClaimAccessor;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The member an OpenID Connect provider's token speaks for, read from its claims as configured: the person,
 * their partner (which must be a partner of the round table now) and the roles the round table knows (others
 * are ignored). The same for the API's JWTs and the web's ID tokens.
 */
final class ProviderClaims {

    private ProviderClaims() {
    }

    /** The member, or empty with the reason when the token does not name one the round table accepts. */
    static Optional<Member> member(ClaimAccessor claims, RoundtableProperties.Oidc settings, DirectoryReader directory,
                                   java.util.function.Consumer<String> refusal) {
        PersonId person;
        PartnerId partner;
        try {
            person = PersonId.of(claims.getClaimAsString(settings.usernameClaim()));
            partner = PartnerId.of(claims.getClaimAsString(settings.partnerClaim()));
        } catch (RuntimeException unreadable) {
            refusal.accept("the provider's token does not name a person and a partner as configured");
            return Optional.empty();
        }
        if (!directory.partnerActive(partner)) {
            refusal.accept("the provider's partner is not a partner of the round table");
            return Optional.empty();
        }
        return Optional.of(new Member(person, partner, roles(claims.getClaim(settings.rolesClaim())), true));
    }

    private static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> names) {
            for (Object name : names) {
                Arrays.stream(Role.values()).filter(role -> role.name().equals(String.valueOf(name))).forEach(roles::add);
            }
        }
        return roles;
    }
}
