package org.roundtable.service.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/** The member behind the current request, as Spring Security authenticated it. */
public final class Members {

    private Members() {
    }

    /** The authenticated member; a request that reaches a controller always has one. */
    public static Member current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal
                && principal.getAttribute(LocalTokenIntrospector.MEMBER) instanceof Member member) {
            return member;
        }
        throw new IllegalStateException("no authenticated member for this request: " + authentication);
    }

    /** Who is behind the current request, for a log line: the member, or "nobody authenticated". */
    public static String describeCurrent() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal
                && principal.getAttribute(LocalTokenIntrospector.MEMBER) instanceof Member member) {
            return member.person() + " of " + member.partner() + " with roles " + member.roles();
        }
        return "nobody authenticated";
    }
}
