package org.roundtable.service.readmodels;

import org.junit.jupiter.api.Test;
import org.roundtable.projections.ReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table in the database belongs to the event store or to exactly one read model's declaration. A
 * read model that writes a table it does not declare would keep that table's rows through a rebuild (which
 * empties only the declared tables), so a rebuild would not start from zero.
 */
@SpringBootTest
@ActiveProfiles("test")
class TableOwnershipTest {

    /**
     * The event store's own tables, the service's (the access log is a record, not a read model; the people's chosen
     * languages; the deadlines still to be met), and Flyway's.
     */
    private static final Set<String> STORE = Set.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "dead_letter_entry", "idempotent_request", "login_credential", "access_token", "access_record",
            "access_record_item", "language_choice", "scheduled_tasks", "flyway_schema_history");

    @Autowired
    List<ReadModel> readModels;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_table_belongs_to_the_store_or_to_exactly_one_read_model() {
        List<String> declared = new ArrayList<>();
        readModels.forEach(model -> declared.addAll(model.tables()));
        Set<String> tables = new TreeSet<>(jdbc.sql("""
                        select lower(table_name) from information_schema.tables
                        where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')""")
                .query(String.class).list());
        tables.removeIf(table -> table.startsWith("test_")); // the tables of read models that exist only in tests

        assertThat(declared).as("no table is declared by two read models").doesNotHaveDuplicates();
        assertThat(tables).containsExactlyInAnyOrderElementsOf(union(STORE, declared));
    }

    private static Set<String> union(Set<String> store, List<String> declared) {
        Set<String> all = new TreeSet<>(store);
        all.addAll(declared);
        return all;
    }
}
