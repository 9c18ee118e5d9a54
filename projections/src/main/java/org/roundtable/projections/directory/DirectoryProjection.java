package org.roundtable.projections.directory;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
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
import org.roundtable.projections.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the directory: the partners of the round table and the people, with the roles each holds now, and
 * answers the administrators' queries about them. Read on every request to know who is asking ({@link
 * DirectoryReader}), so it is updated in each command's transaction: a role revoked is revoked for the next
 * request.
 */
public class DirectoryProjection {

    public static final String NAME = "directory";

    /** The directory, updated in each command's transaction. */
    public static ReadModel readModel(JdbcClient jdbc) {
        return ReadModel.inline(NAME, List.of("directory_role", "directory_representative", "directory_person", "directory_partner"),
                new DirectoryProjection(jdbc));
    }

    private final JdbcClient jdbc;
    private final DirectoryReader reader;

    DirectoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.reader = new DirectoryReader(jdbc);
    }

    @EventHandler
    void on(PartnerRegistered event) {
        jdbc.sql("""
                        insert into directory_partner (partner_id, name, sector, active)
                        select :partner, :name, :sector, true
                        where not exists (select 1 from directory_partner where partner_id = :partner)""")
                .param("partner", event.partnerId().value())
                .param("name", event.name())
                .param("sector", event.sector().name())
                .update();
    }

    @EventHandler
    void on(CharterAgreed event) {
        jdbc.sql("update directory_partner set charter_version = :version where partner_id = :partner")
                .param("version", event.charterVersion())
                .param("partner", event.partnerId().value())
                .update();
    }

    @EventHandler
    void on(PartnerLeft event) {
        jdbc.sql("update directory_partner set active = false where partner_id = :partner")
                .param("partner", event.partnerId().value())
                .update();
    }

    @EventHandler
    void on(RepresentativeAdded event) {
        jdbc.sql("""
                        insert into directory_representative (partner_id, person_id)
                        select :partner, :person
                        where not exists (select 1 from directory_representative
                                          where partner_id = :partner and person_id = :person)""")
                .param("partner", event.partnerId().value())
                .param("person", event.person().value())
                .update();
    }

    @EventHandler
    void on(RepresentativeRemoved event) {
        jdbc.sql("delete from directory_representative where partner_id = :partner and person_id = :person")
                .param("partner", event.partnerId().value())
                .param("person", event.person().value())
                .update();
    }

    @EventHandler
    void on(AccountOpened event) {
        jdbc.sql("""
                        insert into directory_person (person_id, partner_id, display_name, active)
                        select :person, :partner, :name, true
                        where not exists (select 1 from directory_person where person_id = :person)""")
                .param("person", event.personId().value())
                .param("partner", event.partner().value())
                .param("name", event.displayName())
                .update();
    }

    @EventHandler
    void on(RoleGranted event) {
        jdbc.sql("""
                        insert into directory_role (person_id, role)
                        select :person, :role
                        where not exists (select 1 from directory_role where person_id = :person and role = :role)""")
                .param("person", event.personId().value())
                .param("role", event.role().name())
                .update();
    }

    @EventHandler
    void on(RoleRevoked event) {
        jdbc.sql("delete from directory_role where person_id = :person and role = :role")
                .param("person", event.personId().value())
                .param("role", event.role().name())
                .update();
    }

    @EventHandler
    void on(AccountDeactivated event) {
        jdbc.sql("update directory_person set active = false where person_id = :person")
                .param("person", event.personId().value())
                .update();
    }

    @QueryHandler
    List<PartnerSummary> handle(FindPartners query) {
        return reader.partners().stream().map(DirectoryProjection::summary).toList();
    }

    @QueryHandler
    Optional<PartnerSummary> handle(FindPartner query) {
        return reader.partner(query.partnerId()).map(DirectoryProjection::summary);
    }

    @QueryHandler
    List<PersonSummary> handle(FindPeople query) {
        return reader.people().stream().map(DirectoryProjection::summary).toList();
    }

    @QueryHandler
    Optional<PersonSummary> handle(FindPerson query) {
        return reader.person(query.username()).map(DirectoryProjection::summary);
    }

    private static PartnerSummary summary(DirectoryReader.Partner partner) {
        return new PartnerSummary(partner.partner(), partner.name(), Sector.valueOf(partner.sector()),
                partner.charterVersion(), partner.active(), partner.representatives());
    }

    private static PersonSummary summary(DirectoryReader.Person person) {
        return new PersonSummary(person.person(), person.partner(), person.displayName(), person.active(),
                person.roles());
    }
}
