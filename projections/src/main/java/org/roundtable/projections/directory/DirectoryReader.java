package org.roundtable.projections.directory;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the directory: who a person is now (partner, roles, active) and which partners take part. */
public class DirectoryReader {

    private final JdbcClient jdbc;

    public DirectoryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person as the directory knows them now. */
    public record Person(PersonId person, PartnerId partner, String displayName, boolean active, Set<Role> roles) { }

    /** A partner as the directory knows it now. */
    public record Partner(PartnerId partner, String name, String sector, String charterVersion, boolean active,
                          List<PersonId> representatives) { }

    public Optional<Person> person(PersonId person) {
        return jdbc.sql("select person_id, partner_id, display_name, active from directory_person where person_id = :person")
                .param("person", person.value())
                .query((rs, row) -> new Person(new PersonId(rs.getString("person_id")),
                        new PartnerId(rs.getString("partner_id")), rs.getString("display_name"), rs.getBoolean("active"),
                        roles(person)))
                .optional();
    }

    /** Every person, with their roles, in one query. */
    public List<Person> people() {
        java.util.Map<String, Person> people = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select p.person_id, p.partner_id, p.display_name, p.active, r.role
                        from directory_person p left join directory_role r on r.person_id = p.person_id
                        order by p.person_id""")
                .query(rs -> {
                    String id = rs.getString("person_id");
                    if (!people.containsKey(id)) {
                        people.put(id, new Person(new PersonId(id), new PartnerId(rs.getString("partner_id")),
                                rs.getString("display_name"), rs.getBoolean("active"), EnumSet.noneOf(Role.class)));
                    }
                    Person person = people.get(id);
                    String role = rs.getString("role");
                    if (role != null) {
                        person.roles().add(Role.valueOf(role));
                    }
                });
        return people.values().stream()
                .map(p -> new Person(p.person(), p.partner(), p.displayName(), p.active(), Set.copyOf(p.roles())))
                .toList();
    }

    public Optional<Partner> partner(PartnerId partner) {
        return jdbc.sql("select partner_id, name, sector, charter_version, active from directory_partner where partner_id = :partner")
                .param("partner", partner.value())
                .query((rs, row) -> partner(rs, representatives(partner)))
                .optional();
    }

    /** Every partner, with its representatives, in two queries. */
    public List<Partner> partners() {
        java.util.Map<String, List<PersonId>> representatives = new java.util.HashMap<>();
        jdbc.sql("select partner_id, person_id from directory_representative order by partner_id, person_id")
                .query(rs -> {
                    representatives.computeIfAbsent(rs.getString("partner_id"), partner -> new java.util.ArrayList<>())
                            .add(new PersonId(rs.getString("person_id")));
                });
        return jdbc.sql("select partner_id, name, sector, charter_version, active from directory_partner order by partner_id")
                .query((rs, row) -> partner(rs, List.copyOf(
                        representatives.getOrDefault(rs.getString("partner_id"), List.of()))))
                .list();
    }

    private List<PersonId> representatives(PartnerId partner) {
        return jdbc.sql("select person_id from directory_representative where partner_id = :partner order by person_id")
                .param("partner", partner.value())
                .query((rs, row) -> new PersonId(rs.getString("person_id")))
                .list();
    }

    /** Whether the partner is registered and has not left. */
    public boolean partnerActive(PartnerId partner) {
        return jdbc.sql("select count(*) from directory_partner where partner_id = :partner and active")
                .param("partner", partner.value())
                .query(Long.class)
                .single() > 0;
    }

    /** Whether any active person holds the role. */
    public boolean anyoneHolds(Role role) {
        return jdbc.sql("""
                        select count(*) from directory_role r join directory_person p on p.person_id = r.person_id
                        where r.role = :role and p.active""")
                .param("role", role.name())
                .query(Long.class)
                .single() > 0;
    }

    private Set<Role> roles(PersonId person) {
        List<Role> held = jdbc.sql("select role from directory_role where person_id = :person")
                .param("person", person.value())
                .query((rs, row) -> Role.valueOf(rs.getString("role")))
                .list();
        return held.isEmpty() ? Set.of() : EnumSet.copyOf(held);
    }

    private static Partner partner(java.sql.ResultSet rs, List<PersonId> representatives) throws java.sql.SQLException {
        return new Partner(new PartnerId(rs.getString("partner_id")), rs.getString("name"), rs.getString("sector"),
                rs.getString("charter_version"), rs.getBoolean("active"), representatives);
    }
}
