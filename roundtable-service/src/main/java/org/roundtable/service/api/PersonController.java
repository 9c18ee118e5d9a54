package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.core.people.DeactivateAccount;
import org.roundtable.core.people.GrantRole;
import org.roundtable.core.people.OpenAccount;
import org.roundtable.core.people.RevokeRole;
import org.roundtable.projections.directory.FindPeople;
import org.roundtable.projections.directory.FindPerson;
import org.roundtable.projections.directory.PersonSummary;
import org.roundtable.service.identity.AccessTokens;
import org.roundtable.service.identity.Administrators;
import org.roundtable.service.identity.LocalAccounts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Set;

/**
 * The people who act for the partners, for administrators: opening an account, granting and revoking roles,
 * deactivating it, setting a new password or second factor; the list of people and one person.
 */
@RestController
@Tag(name = ApiDocumentation.ADMINISTRATION)
@RequestMapping("/api/people")
class PersonController {

    private final Commands commands;
    private final QueryGateway queries;
    private final LocalAccounts accounts;
    private final AccessTokens tokens;

    PersonController(Commands commands, QueryGateway queries, LocalAccounts accounts, AccessTokens tokens) {
        this.commands = commands;
        this.queries = queries;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** The answer to opening an account: the user name it has. */
    record AccountCreated(PersonId username) { }

    /** A new second factor: the address an authenticator app reads (usually from a QR code) to make its codes. */
    record SecondFactor(String otpauthUri) { }

    @Operation(operationId = "openAccount", summary = "Open an account",
            description = """
                    An administrator opens an account for a person: the user name they log in with, the one \
                    partner they act for, the name others see, the roles they start with (none is allowed) and a \
                    first password, which must meet the password policy (at least 12 characters, not a common \
                    password, not the user name). A user name is used once; a deactivated account keeps it. \
                    Someone whose roles need a second factor logs in once an administrator has set one up \
                    (`POST /api/people/{username}/second-factor`).""")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AccountCreated> open(Actor actor, @Valid @RequestBody OpenAccountRequest request) {
        PersonId username = request.username();
        // A weak password is refused before the account is opened, so that the refusal writes nothing.
        accounts.checkPassword(username, request.password());
        ResponseEntity<AccountCreated> answer = commands.sendNew(
                new OpenAccount(username, request.partner(), request.displayName(), request.roles(), actor),
                ResponseEntity.created(UriComponentsBuilder.fromPath("/api/people/{username}").build(username.value()))
                        .body(new AccountCreated(username)),
                new RuleViolation("account-already-opened", "an account has this user name already"));
        // Also when the same request is answered again for its Idempotency-Key: a first attempt whose outcome
        // was unknown may have opened the account without coming this far.
        accounts.setPassword(username, request.password());
        return answer;
    }

    @Operation(operationId = "grantRole", summary = "Grant a role",
            description = """
                    An administrator gives a person a role they do not hold yet. It counts from their next \
                    request.""")
    @PostMapping("/{username}/roles")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> grantRole(@PathVariable PersonId username, Actor actor,
                                   @Valid @RequestBody GrantRoleRequest request) {
        ResponseEntity<Void> answer = commands.send(new GrantRole(username, request.role(), actor),
                ResponseEntity.noContent().build());
        tokens.forget(username);
        return answer;
    }

    @Operation(operationId = "revokeRole", summary = "Revoke a role",
            description = """
                    An administrator takes a role away from a person who holds it: from their next request, what \
                    the role allowed is refused. An administrator cannot revoke their own administration.""")
    @PostMapping("/{username}/roles/{role}/revocation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revokeRole(@PathVariable PersonId username, @PathVariable Role role, Actor actor) {
        ResponseEntity<Void> answer = commands.send(new RevokeRole(username, role, actor), ResponseEntity.noContent().build());
        tokens.forget(username);
        return answer;
    }

    @Operation(operationId = "deactivateAccount", summary = "Deactivate an account",
            description = """
                    An administrator closes a person's account for good: every token of theirs stops working, \
                    they can no longer log in, and the account takes no further change. An administrator cannot \
                    deactivate their own account.""")
    @PostMapping("/{username}/deactivation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> deactivate(@PathVariable PersonId username, Actor actor) {
        ResponseEntity<Void> answer = commands.send(new DeactivateAccount(username, actor),
                ResponseEntity.noContent().build());
        tokens.revokeAll(username);
        return answer;
    }

    @Operation(operationId = "resetPassword", summary = "Reset a person's password",
            description = """
                    An administrator gives a person a new password (one who forgot theirs, say), which must meet \
                    the password policy. Every token of the person stops working; they log in again with the new \
                    password.""")
    @PostMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> resetPassword(@PathVariable PersonId username, @Valid @RequestBody NewPasswordRequest request) {
        Administrators.require();
        requireActive(username);
        accounts.setPassword(username, request.password());
        tokens.revokeAll(username);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "resetSecondFactor", summary = "Reset a person's second factor",
            description = """
                    An administrator sets up a new second factor for a person (a first one, or one for a lost \
                    phone): the answer is the secret as an `otpauth://` address, shown once, that the person scans \
                    into their authenticator app. From then on only that app's codes count.""")
    @PostMapping("/{username}/second-factor")
    ResponseEntity<SecondFactor> resetSecondFactor(@PathVariable PersonId username) {
        Administrators.require();
        requireActive(username);
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new SecondFactor(accounts.newSecondFactor(username)));
    }

    @Operation(operationId = "listPeople", summary = "List the people",
            description = """
                    Every person with an account, deactivated ones included, by user name: the partner they act \
                    for, their name, whether the account is active, the roles they hold now, and whether a second \
                    factor is set up for them (false for a person who logs in through an OpenID Connect provider).""")
    @GetMapping
    List<PersonAccount> list() {
        Administrators.require();
        Set<PersonId> withSecondFactor = accounts.withSecondFactor();
        return queries.query(new FindPeople(), ResponseTypes.multipleInstancesOf(PersonSummary.class)).join().stream()
                .map(person -> PersonAccount.of(person, withSecondFactor))
                .toList();
    }

    @Operation(operationId = "getPerson", summary = "Read a person",
            description = """
                    One person, as in the list.""")
    @GetMapping("/{username}")
    PersonAccount person(@PathVariable PersonId username) {
        Administrators.require();
        return PersonAccount.of(find(username), accounts.withSecondFactor());
    }

    private PersonSummary find(PersonId username) {
        return queries.query(new FindPerson(username), ResponseTypes.optionalInstanceOf(PersonSummary.class))
                .join()
                .orElseThrow(() -> new UnknownItem("unknown-person", "there is no such person"));
    }

    /** A password or second factor is set only for an account that is open: a deactivated one takes no change. */
    private void requireActive(PersonId username) {
        if (!find(username).active()) {
            throw new RuleViolation("account-deactivated", "a deactivated account takes no further change");
        }
    }
}
