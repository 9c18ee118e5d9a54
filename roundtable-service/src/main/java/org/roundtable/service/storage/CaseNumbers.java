package org.roundtable.service.storage;

import org.roundtable.core.cases.CaseNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Hands out case numbers such as {@code 2026-0042} from a database sequence, so they are unique across
 * every instance of the service. A number taken by a command that is then refused is simply skipped.
 */
@Component
public class CaseNumbers {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseNumbers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CaseNumber next() {
        long number = jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
        return CaseNumber.of(LocalDate.now(clock).getYear(), number);
    }
}
