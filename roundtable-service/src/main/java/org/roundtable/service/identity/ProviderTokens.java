package org.roundtable.service.identity;

import org.roundtable.projections.directory.DirectoryReader;
import org.roundtable.service.config.RoundtableProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;


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
            Member member = ProviderClaims.member(jwt, settings, directory, why -> {
                throw new InvalidBearerTokenException(why);
            }).orElseThrow();
            var principal = member.principal();
            return new AbstractAuthenticationToken(member.authorities()) {
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
    }
}
