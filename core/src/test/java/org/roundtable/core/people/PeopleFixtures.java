package org.roundtable.core.people;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;

import java.util.Set;

/** The partners, people, events and commands of a small round table, named so that given-clauses stay short. */
final class PeopleFixtures {

    static final PartnerId POLICE = PartnerId.of("police");
    static final PartnerId CITY = PartnerId.of("city");
    static final String POLICE_NAME = "Police Zone North";
    static final String CHARTER = "2026-1";

    static final PersonId ANNA = PersonId.of("anna");
    static final PersonId SOFIE = PersonId.of("sofie");
    static final PersonId ALEX = PersonId.of("alex");

    /** Alex, the city's administrator, who manages partners and people. */
    static final Actor ADMINISTRATOR = new Actor(ALEX, CITY, Set.of(Role.ADMIN));
    /** Another administrator, who may do to Alex's account what Alex may not. */
    static final Actor OTHER_ADMINISTRATOR = Actor.of("robin", "city", Role.ADMIN);
    /** The chair runs the round table, but is no administrator. */
    static final Actor CHAIR = Actor.of("chris", "city", Role.CHAIR);

    private PeopleFixtures() {
    }

    static AggregateTestFixture<Partner> partnerFixture() {
        return new AggregateTestFixture<>(Partner.class);
    }

    /** A partner that is not (or no longer) a partner of the round table. */
    static final org.roundtable.core.common.PartnerId LEFT_PARTNER = org.roundtable.core.common.PartnerId.of("gone");

    static AggregateTestFixture<Person> personFixture() {
        AggregateTestFixture<Person> fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource((org.roundtable.core.common.PartnerDirectory) partner -> !partner.equals(LEFT_PARTNER));
        return fixture;
    }

    static PartnerRegistered partnerRegistered() {
        return new PartnerRegistered(POLICE, POLICE_NAME, Sector.POLICE);
    }

    static RepresentativeAdded representativeAdded(PersonId person) {
        return new RepresentativeAdded(POLICE, person);
    }

    static RepresentativeRemoved representativeRemoved(PersonId person) {
        return new RepresentativeRemoved(POLICE, person);
    }

    static PartnerLeft partnerLeft() {
        return new PartnerLeft(POLICE);
    }

    static RegisterPartner registerPartner(Actor actor) {
        return new RegisterPartner(POLICE, POLICE_NAME, Sector.POLICE, actor);
    }

    static AgreeCharter agreeCharter(Actor actor) {
        return new AgreeCharter(POLICE, CHARTER, actor);
    }

    static AddRepresentative addRepresentative(PersonId person, Actor actor) {
        return new AddRepresentative(POLICE, person, actor);
    }

    static RemoveRepresentative removeRepresentative(PersonId person, Actor actor) {
        return new RemoveRepresentative(POLICE, person, actor);
    }

    static LeaveRoundTable leaveRoundTable(Actor actor) {
        return new LeaveRoundTable(POLICE, actor);
    }

    /** Anna and Sofie represent the police; Alex administers for the city. */
    static AccountOpened accountOpened(PersonId person) {
        return switch (person.value()) {
            case "anna" -> new AccountOpened(ANNA, POLICE, "Anna Janssens");
            case "sofie" -> new AccountOpened(SOFIE, POLICE, "Sofie Maes");
            case "alex" -> new AccountOpened(ALEX, CITY, "Alex Peeters");
            default -> throw new IllegalArgumentException("no account for " + person);
        };
    }

    static RoleGranted roleGranted(PersonId person, Role role) {
        return new RoleGranted(person, role);
    }

    static RoleRevoked roleRevoked(PersonId person, Role role) {
        return new RoleRevoked(person, role);
    }

    static AccountDeactivated accountDeactivated(PersonId person) {
        return new AccountDeactivated(person);
    }

    /** Opens the account {@link #accountOpened} records, with these roles. */
    static OpenAccount openAccount(PersonId person, Actor actor, Role... roles) {
        AccountOpened account = accountOpened(person);
        return new OpenAccount(person, account.partner(), account.displayName(), Set.of(roles), actor);
    }

    static GrantRole grantRole(PersonId person, Role role, Actor actor) {
        return new GrantRole(person, role, actor);
    }

    static RevokeRole revokeRole(PersonId person, Role role, Actor actor) {
        return new RevokeRole(person, role, actor);
    }

    static DeactivateAccount deactivateAccount(PersonId person, Actor actor) {
        return new DeactivateAccount(person, actor);
    }
}
