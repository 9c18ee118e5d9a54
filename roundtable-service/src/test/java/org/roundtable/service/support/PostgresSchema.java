package org.roundtable.service.support;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.UUID;

/**
 * Runs a test context on the real PostgreSQL (database {@code test} at 127.0.0.1:5432, or
 * {@code ROUNDTABLE_TEST_DB_URL}) in a schema of its own, created by Flyway and dropped when the context
 * closes, so reruns and parallel runs never collide.
 */
public final class PostgresSchema {

    private static final String URL = System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");

    private PostgresSchema() {
    }

    /** The JDBC URL of another database on the same server as the test database. */
    public static String serverUrl(String database) {
        int slash = URL.lastIndexOf('/');
        int query = URL.indexOf('?', slash);
        return URL.substring(0, slash + 1) + database + (query < 0 ? "" : URL.substring(query));
    }

    public static String user() {
        return System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_PASSWORD", "");
    }

    /** A new schema name, unique to one test. */
    public static String newName() {
        return "rt_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** The command-line arguments that start an instance of the service on the given schema (the postgres profile too). */
    public static String[] arguments(String schema) {
        return new String[] {
                "--spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.datasource.username=" + System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_USER", "postgres"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_PASSWORD", ""),
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.create-schemas=true"};
    }

    /** Drops a schema and everything in it. */
    public static void drop(String schema) {
        org.springframework.jdbc.datasource.DriverManagerDataSource dataSource =
                new org.springframework.jdbc.datasource.DriverManagerDataSource(URL,
                        System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_USER", "postgres"),
                        System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_PASSWORD", ""));
        JdbcClient.create(dataSource).sql("drop schema if exists " + schema + " cascade").update();
    }

    public static void register(DynamicPropertyRegistry registry) {
        String schema = newName();
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_USER", "postgres"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_PASSWORD", ""));
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
        registry.add("roundtable.test.schema", () -> schema);
    }

    /** Drops the schema once the processors have stopped and before the connection pool closes. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class DropOnClose {

        @Bean
        DisposableBean dropTestSchema(JdbcClient jdbc, org.springframework.core.env.Environment environment) {
            String schema = environment.getRequiredProperty("roundtable.test.schema");
            return () -> jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }
}
