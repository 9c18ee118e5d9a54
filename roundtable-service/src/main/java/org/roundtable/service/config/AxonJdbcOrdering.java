package org.roundtable.service.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Makes Axon's JDBC and transaction auto-configuration see Spring Boot 4's DataSource and transaction
 * manager. Axon orders its {@code JdbcAutoConfiguration} only after its JPA auto-configuration and names the
 * Boot 2/3 class of the transaction-manager auto-configuration, so under Boot 4 without JPA its
 * {@code @ConditionalOnBean(DataSource)} is evaluated too early and no event store, token store or
 * transaction manager is created. Standing between the two sets of auto-configurations fixes the order
 * and keeps the rest of Axon's auto-configuration as it is.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"},
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration"})
public class AxonJdbcOrdering {
}
