package org.roundtable.projections.testing;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.roundtable.projections.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/** A fresh H2 database in PostgreSQL mode, migrated with the projections' Flyway scripts. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** A new database for one test: named after its class, and unique, so tests never share rows. */
    public static JdbcClient migrated(Class<?> testClass) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // DB_CLOSE_DELAY keeps the in-memory database alive between the connections JdbcClient opens.
        dataSource.setURL("jdbc:h2:mem:" + testClass.getSimpleName() + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return JdbcClient.create(dataSource);
    }

    /** Empties a read model's tables, in the order it gives, as a rebuild does before its replay. */
    public static void empty(JdbcClient jdbc, ReadModel readModel) {
        readModel.tables().forEach(table -> jdbc.sql("delete from " + table).update());
    }

    /** Drops the database, so the next test's memory is its own. */
    public static void shutdown(JdbcClient jdbc) {
        jdbc.sql("shutdown").update();
    }
}
