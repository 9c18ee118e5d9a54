package org.roundtable.service.readmodels;

import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * Empties a read model's tables, in the order it declares them. Registered beside each projection in its
 * processing group, so Axon's reset of a streaming processor empties the tables before the replay, and used
 * directly by {@link ReadModelRebuild} for inline read models.
 */
public class TableReset {

    private final JdbcClient jdbc;
    private final List<String> tables;

    public TableReset(JdbcClient jdbc, List<String> tables) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
    }

    @ResetHandler
    public void emptyTables() {
        tables.forEach(table -> jdbc.sql("delete from " + table).update());
    }
}
