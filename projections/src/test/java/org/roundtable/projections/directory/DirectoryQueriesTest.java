package org.roundtable.projections.directory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.people.AccountDeactivated;
import org.roundtable.core.people.AccountOpened;
import org.roundtable.core.people.CharterAgreed;
import org.roundtable.core.people.PartnerLeft;
import org.roundtable.core.people.PartnerRegistered;
import org.roundtable.core.people.RepresentativeAdded;
import org.roundtable.core.people.RepresentativeRemoved;
import org.roundtable.core.people.RoleGranted;
import org.roundtable.core.people.RoleRevoked;
import org.roundtable.core.people.Sector;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryQueriesTest {

    private static final PartnerId POLICE = PartnerId.of("police");
    private static final PartnerId SCHOOL = PartnerId.of("school");
    private static final PersonId ANNA = PersonId.of("anna");
    private static final PersonId BRAM = PersonId.of("bram");

    private final JdbcClient jdbc = TestDatabase.migrated(DirectoryQueriesTest.class);
    private final DirectoryProjection projection = (DirectoryProjection) DirectoryProjection.readModel(jdbc).projection();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void partners_are_listed_by_code_with_their_charter_and_whether_they_still_take_part() {
        projection.on(new PartnerRegistered(SCHOOL, "Sint-Jozef school", Sector.EDUCATION));
        projection.on(new PartnerRegistered(POLICE, "Police Zone North", Sector.POLICE));
        projection.on(new CharterAgreed(POLICE, "2026-1"));
        projection.on(new PartnerLeft(SCHOOL));

        assertThat(projection.handle(new FindPartners())).containsExactly(
                new PartnerSummary(POLICE, "Police Zone North", Sector.POLICE, "2026-1", true, List.of()),
                new PartnerSummary(SCHOOL, "Sint-Jozef school", Sector.EDUCATION, null, false, List.of()));
    }

    @Test
    void people_are_listed_by_user_name_with_the_roles_they_hold_now() {
        projection.on(new AccountOpened(BRAM, SCHOOL, "Bram"));
        projection.on(new AccountOpened(ANNA, POLICE, "Anna"));
        projection.on(new RoleGranted(ANNA, Role.PARTNER));
        projection.on(new RoleGranted(ANNA, Role.CHAIR));
        projection.on(new RoleRevoked(ANNA, Role.CHAIR));
        projection.on(new AccountDeactivated(BRAM));

        assertThat(projection.handle(new FindPeople())).containsExactly(
                new PersonSummary(ANNA, POLICE, "Anna", true, Set.of(Role.PARTNER)),
                new PersonSummary(BRAM, SCHOOL, "Bram", false, Set.of()));
    }

    @Test
    void one_partner_or_person_is_found_by_code_or_user_name_and_an_unknown_one_is_not() {
        projection.on(new PartnerRegistered(POLICE, "Police Zone North", Sector.POLICE));
        projection.on(new AccountOpened(ANNA, POLICE, "Anna"));

        assertThat(projection.handle(new FindPartner(POLICE))).map(PartnerSummary::name).contains("Police Zone North");
        assertThat(projection.handle(new FindPerson(ANNA))).map(PersonSummary::displayName).contains("Anna");
        assertThat(projection.handle(new FindPartner(SCHOOL))).isEmpty();
        assertThat(projection.handle(new FindPerson(BRAM))).isEmpty();
    }

    @Test
    void a_partner_is_listed_with_the_people_who_represent_it_now() {
        projection.on(new PartnerRegistered(POLICE, "Police Zone North", Sector.POLICE));
        projection.on(new PartnerRegistered(SCHOOL, "Sint-Jozef school", Sector.EDUCATION));
        projection.on(new RepresentativeAdded(POLICE, BRAM));
        projection.on(new RepresentativeAdded(POLICE, ANNA));
        projection.on(new RepresentativeAdded(SCHOOL, BRAM));
        projection.on(new RepresentativeRemoved(SCHOOL, BRAM));

        assertThat(projection.handle(new FindPartners())).extracting(PartnerSummary::representatives)
                .containsExactly(List.of(ANNA, BRAM), List.of());
        assertThat(projection.handle(new FindPartner(POLICE))).map(PartnerSummary::representatives)
                .contains(List.of(ANNA, BRAM));
    }

    @Test
    void a_representative_added_or_removed_twice_is_listed_as_once() {
        projection.on(new PartnerRegistered(POLICE, "Police Zone North", Sector.POLICE));
        projection.on(new RepresentativeAdded(POLICE, ANNA));
        projection.on(new RepresentativeAdded(POLICE, ANNA));
        projection.on(new RepresentativeAdded(POLICE, BRAM));
        projection.on(new RepresentativeRemoved(POLICE, BRAM));
        projection.on(new RepresentativeRemoved(POLICE, BRAM));

        assertThat(projection.handle(new FindPartner(POLICE))).map(PartnerSummary::representatives)
                .contains(List.of(ANNA));
    }
}
