package org.roundtable.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts Roundtable: the REST API over the round table's event store and read models. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RoundtableApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoundtableApplication.class, args);
    }
}
