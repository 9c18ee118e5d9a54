package org.roundtable.core.people;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerDirectory;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;

import java.util.EnumSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.roundtable.core.people.Administration.requireAdministrator;

/**
 * One person's account: the partner they act for and the roles they hold, until it is deactivated. Every
 * rule about an account is here, including the one that keeps the round table from locking itself out: an
 * administrator cannot remove their own administration. Its state is snapshotted as JSON field by field.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Person {

    /** The identifier under which this person's events are stored. */
    public static String key(PersonId personId) {
        return "person:" + personId.value();
    }

    /**
     * The aggregate's identifier in the event store: {@code person:} and the user name, so that a partner and a person of
     * the same name are never the same stream.
     */
    @AggregateIdentifier
    private String key;
    private PersonId personId;
    // Not final: a snapshot is read back into these fields.
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean deactivated;

    /** For Axon: rebuilt from its events, or read back from a snapshot field by field. */
    @JsonCreator
    protected Person() {
    }

    @CommandHandler
    public Person(OpenAccount command, PartnerDirectory partners) {
        requireAdministrator(command.actor());
        if (!partners.isActive(command.partner())) {
            throw new RuleViolation("not-a-registered-partner",
                    "partner: " + command.partner() + " is not a partner of the round table");
        }
        apply(new AccountOpened(command.personId(), command.partner(), command.displayName()));
        command.roles().forEach(role -> apply(new RoleGranted(command.personId(), role)));
    }

    @CommandHandler
    void handle(GrantRole command) {
        requireAdministrator(command.actor());
        requireActive("a deactivated account cannot be granted a role");
        if (roles.contains(command.role())) {
            throw new RuleViolation("role-already-held", "this person already holds this role");
        }
        apply(new RoleGranted(personId, command.role()));
    }

    @CommandHandler
    void handle(RevokeRole command) {
        requireAdministrator(command.actor());
        requireActive("a deactivated account has no roles to revoke");
        if (!roles.contains(command.role())) {
            throw new RuleViolation("role-not-held", "this person does not hold this role");
        }
        if (command.role() == Role.ADMIN) {
            requireSomeoneElse(command.actor());
        }
        apply(new RoleRevoked(personId, command.role()));
    }

    @CommandHandler
    void handle(DeactivateAccount command) {
        requireAdministrator(command.actor());
        requireActive("this account has already been deactivated");
        requireSomeoneElse(command.actor());
        apply(new AccountDeactivated(personId));
    }

    private void requireActive(String message) {
        if (deactivated) {
            throw new RuleViolation("account-deactivated", message);
        }
    }

    /** So that the round table never locks itself out with one click, another administrator must do it. */
    private void requireSomeoneElse(Actor actor) {
        if (actor.person().equals(personId)) {
            throw new RuleViolation("own-administration", "an administrator cannot remove their own administration");
        }
    }

    @EventSourcingHandler
    void on(AccountOpened event) {
        personId = event.personId();
        key = key(personId);
    }

    @EventSourcingHandler
    void on(RoleGranted event) {
        roles.add(event.role());
    }

    @EventSourcingHandler
    void on(RoleRevoked event) {
        roles.remove(event.role());
    }

    @EventSourcingHandler
    void on(AccountDeactivated event) {
        deactivated = true;
    }
}
