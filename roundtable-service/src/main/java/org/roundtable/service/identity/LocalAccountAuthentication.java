package org.roundtable.service.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;


/**
 * The web's form login against the local accounts, with the same password check, lock-out and second factor
 * (a form field {@code oneTimeCode}) as {@code POST /api/tokens}. The authenticated principal is the same kind
 * as a bearer token's, so the rest of the service cannot tell how a person logged in.
 */
class LocalAccountAuthentication implements AuthenticationProvider {

    private final LocalAccounts accounts;

    LocalAccountAuthentication(LocalAccounts accounts) {
        this.accounts = accounts;
    }

    /** The form's one-time code, kept beside Spring's own details of the request. */
    static final class Details extends WebAuthenticationDetails {

        private final String oneTimeCode;

        Details(HttpServletRequest request) {
            super(request);
            this.oneTimeCode = request.getParameter("oneTimeCode");
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String code = attempt.getDetails() instanceof Details details ? details.oneTimeCode : null;
        Member member;
        try {
            member = accounts.login(attempt.getName(), String.valueOf(attempt.getCredentials()), code);
        } catch (LoginRefused refused) {
            throw new BadCredentialsException(refused.getMessage());
        }
        return UsernamePasswordAuthenticationToken.authenticated(member.principal(), null, member.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
