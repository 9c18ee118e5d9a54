package org.roundtable.service.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/** The access log, on the service's database, with the one clock. */
@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration {

    @Bean
    AccessLog accessLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, Environment environment) {
        boolean postgres = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
        return new AccessLog(jdbc, transactions, clock, postgres);
    }
}
