package org.roundtable.service.identity;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.projections.directory.DirectoryReader;
import org.roundtable.service.config.RoundtableProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JWTs of the configured OpenID Connect provider: their signature, issuer and expiry checked against the
 * provider's published keys, and the person, their partner and roles read from the configured claims. The
 * partner must be a partner of the round table now; roles the round table does not know are ignored. The
 * resulting principal is the same kind as a local token's.
 */
final class ProviderTokens {

    private ProviderTokens() {
    }

    static JwtAuthenticationProvider authenticationProvider(RoundtableProperties.Oidc settings, DirectoryReader directory) {
        var decoder = new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(settings.issuerUri()));
        var provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(new ToMember(settings, directory));
        return provider;
    }

    private record ToMember(RoundtableProperties.Oidc settings, DirectoryReader directory)
            implements Converter<Jwt, AbstractAuthenticationToken> {

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            PersonId person;
            PartnerId partner;
            try {
                person = PersonId.of(jwt.getClaimAsString(settings.usernameClaim()));
                partner = PartnerId.of(jwt.getClaimAsString(settings.partnerClaim()));
            } catch (RuntimeException unreadable) {
                throw new InvalidBearerTokenException("the token does not name a person and a partner as configured");
            }
            if (!directory.partnerActive(partner)) {
                throw new InvalidBearerTokenException("the token's partner is not a partner of the round table");
            }
            Member member = new Member(person, partner, roles(jwt.getClaim(settings.rolesClaim())));
            List<GrantedAuthority> authorities = member.roles().stream()
                    .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                    .toList();
            var principal = new DefaultOAuth2AuthenticatedPrincipal(person.value(),
                    Map.of(LocalTokenIntrospector.MEMBER, member), authorities);
            return new AbstractAuthenticationToken(authorities) {
                {
                    setAuthenticated(true);
                }

                @Override
                public Object getCredentials() {
                    return jwt;
                }

                @Override
                public Object getPrincipal() {
                    return principal;
                }
            };
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
}
