package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.identity.AccessTokens;
import org.roundtable.service.identity.LocalAccounts;
import org.roundtable.service.identity.Member;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Set;

/** Bearer tokens of local accounts: given for a user name and password (and one-time code), and revoked. */
@RestController
@Tag(name = ApiDocumentation.LOGINS)
@RequestMapping("/api/tokens")
class TokenController {

    private final LocalAccounts accounts;
    private final AccessTokens tokens;
    private final RoundtableProperties properties;

    TokenController(LocalAccounts accounts, AccessTokens tokens, RoundtableProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.properties = properties;
    }

    /** A login of a local account; {@code oneTimeCode} from the authenticator app where the person's roles need it. */
    record TokenRequest(@NotNull String username, @NotNull String password, @Nullable String oneTimeCode) { }

    /** A token and who it speaks for. */
    record TokenIssued(String token, String tokenType, Instant expiresAt, PersonId person, PartnerId partner,
                       Set<Role> roles) { }

    @Operation(operationId = "createToken", summary = "Log in and get a token",
            description = """
                    A local account logs in with its user name and password, and, where its roles need a second \
                    factor, the current one-time code of its authenticator app. The answer is a bearer token \
                    (send it as `Authorization: Bearer <token>`) that expires after 12 hours by default. After \
                    repeated failures the account is locked for a while; the answer never says whether an \
                    account exists.""")
    @SecurityRequirements
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TokenIssued> create(@Valid @RequestBody TokenRequest request) {
        Member member = accounts.login(request.username(), request.password(), request.oneTimeCode());
        AccessTokens.Issued issued = tokens.issue(member.person(), properties.logins().tokenLifetime());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new TokenIssued(issued.token(), "Bearer", issued.expiresAt(), member.person(), member.partner(),
                        member.roles()));
    }

    @Operation(operationId = "revokeToken", summary = "Log out: revoke this token",
            description = "The token this request carries stops working at once.")
    @DeleteMapping("/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        tokens.revoke(authorization.substring(authorization.indexOf(' ') + 1).strip());
        return ResponseEntity.noContent().build();
    }
}
