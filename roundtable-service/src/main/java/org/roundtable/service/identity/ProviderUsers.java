package org.roundtable.service.identity;

import org.roundtable.projections.directory.DirectoryReader;
import org.roundtable.service.config.RoundtableProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A person who logged in to the web through the OpenID Connect provider (authorization code with PKCE): their
 * partner and roles read from the ID token's claims as configured ({@code roundtable.oidc.*}), the partner a
 * partner of the round table. The principal carries the same member as a bearer token's.
 */
class ProviderUsers extends OidcUserService {

    private final RoundtableProperties.Oidc settings;
    private final DirectoryReader directory;

    ProviderUsers(RoundtableProperties.Oidc settings, DirectoryReader directory) {
        this.settings = settings;
        this.directory = directory;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        Member member = ProviderClaims.member(user, settings, directory, why -> {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
        }).orElseThrow();
        return new MemberOidcUser(member.authorities(), user, member);
    }

    /** The provider's user, with the member among its attributes. */
    private static final class MemberOidcUser extends DefaultOidcUser {

        private final Member member;

        MemberOidcUser(Collection<? extends GrantedAuthority> authorities, OidcUser user, Member member) {
            super(authorities, user.getIdToken(), user.getUserInfo());
            this.member = member;
        }

        @Override
        public Map<String, Object> getAttributes() {
            Map<String, Object> attributes = new HashMap<>(super.getAttributes());
            attributes.put(LocalTokenIntrospector.MEMBER, member);
            return attributes;
        }

        @Override
        public String getName() {
            return member.person().value();
        }
    }
}
