package org.roundtable.service.access;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes and reads the access log. A look is recorded in a transaction of its own, committed before the
 * caller returns any data: if the record cannot be written, the data is not returned (the request fails
 * with 503, as any database outage does). Refused looks are recorded too, and logged as security events.
 */
public class AccessLog {

    /** The purpose recorded for the looks of the chair and the partners: the round table's own work. */
    public static final String CASE_WORK = "the round table's case work";

    /** The longest purpose a reviewer may state. */
    public static final int MAX_PURPOSE_LENGTH = 500;

    /** How many items one statement records. */
    private static final int ITEMS_PER_INSERT = 200;

    private static final Logger SECURITY = LoggerFactory.getLogger("roundtable.security");

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final boolean postgres;

    /**
     * @param postgres whether the database is PostgreSQL: a look is then recorded in one statement, its own
     *                 transaction (one round trip, one commit); elsewhere in a transaction of two statements
     */
    public AccessLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, boolean postgres) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.postgres = postgres;
    }

    /**
     * The purpose of a look: the one the reader stated, or the round table's case work. A compliance reviewer
     * must state one ({@link NeedToKnow#statesPurpose}).
     *
     * @throws PurposeRequired when the reader must state a purpose and did not
     * @throws InvalidValue    when the purpose is blank or too long
     */
    public String purpose(Reader reader, @Nullable String stated) {
        if (stated != null && (stated.isBlank() || stated.length() > MAX_PURPOSE_LENGTH)) {
            throw new InvalidValue("purpose", "a purpose is not blank, and at most " + MAX_PURPOSE_LENGTH + " characters");
        }
        if (stated == null) {
            if (NeedToKnow.statesPurpose(reader)) {
                throw new PurposeRequired();
            }
            return CASE_WORK;
        }
        return stated.strip();
    }

    /** Records a look that returns data: the case (if any) and the information items it returns. */
    public void shown(Reader reader, Look look, @Nullable CaseId caseId, String purpose,
                      Collection<InformationId> informationIds) {
        write(reader, look, caseId, Outcome.SHOWN, purpose, informationIds);
    }

    /** Records a refused look, and logs it as a security event. */
    public void refused(Reader reader, Look look, @Nullable CaseId caseId, String purpose) {
        SECURITY.warn("Refused look {} at case {} to {} of {} with roles {}", look, caseId, reader.person(),
                reader.partner(), reader.roles());
        write(reader, look, caseId, Outcome.REFUSED, purpose, List.of());
    }

    private void write(Reader reader, Look look, @Nullable CaseId caseId, Outcome outcome, String purpose,
                       Collection<InformationId> informationIds) {
        UUID recordId = UUID.randomUUID();
        List<InformationId> items = List.copyOf(Set.copyOf(informationIds));
        String insertRecord = """
                insert into access_record (record_id, recorded_at, person_id, partner_id, roles, look, case_id,
                    outcome, purpose)
                values (:recordId, :at, :person, :partner, :roles, :look, :caseId, :outcome, :purpose)""";
        if (postgres && items.size() <= ITEMS_PER_INSERT) {
            // One statement, committed on its own: the record and its items, or neither.
            String sql = items.isEmpty() ? insertRecord
                    : "with record as (" + insertRecord + ") " + insertItemsSql(items.size());
            record(jdbc.sql(sql), recordId, reader, look, caseId, outcome, purpose, items).update();
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            record(jdbc.sql(insertRecord), recordId, reader, look, caseId, outcome, purpose, List.of()).update();
            for (int from = 0; from < items.size(); from += ITEMS_PER_INSERT) {
                List<InformationId> some = items.subList(from, Math.min(items.size(), from + ITEMS_PER_INSERT));
                record(jdbc.sql(insertItemsSql(some.size())), recordId, reader, look, caseId, outcome, purpose, some)
                        .update();
            }
        });
    }

    /** The parameters of a record and of its items; a statement uses those it names. */
    private JdbcClient.StatementSpec record(JdbcClient.StatementSpec statement, UUID recordId, Reader reader, Look look,
                                           @Nullable CaseId caseId, Outcome outcome, String purpose,
                                           List<InformationId> items) {
        Map<String, Object> named = new HashMap<>();
        named.put("recordId", recordId);
        named.put("at", clock.instant().atOffset(ZoneOffset.UTC));
        named.put("person", reader.person().value());
        named.put("partner", reader.partner().value());
        named.put("roles", reader.roles().stream().sorted().map(Role::name).collect(Collectors.joining(",")));
        named.put("look", look.name());
        named.put("caseId", caseId == null ? null : caseId.value());
        named.put("outcome", outcome.name());
        named.put("purpose", purpose);
        for (int i = 0; i < items.size(); i++) {
            named.put("item" + i, items.get(i).value());
        }
        return statement.paramSource(named);
    }

    /** An insert of so many items of the record {@code :recordId}, as {@code :item0}, {@code :item1}, ... */
    private static String insertItemsSql(int count) {
        StringBuilder sql = new StringBuilder("insert into access_record_item (record_id, information_id) values ");
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append("(:recordId, :item").append(i).append(')');
        }
        return sql.toString();
    }

    /** Every look at a case, oldest first. */
    public List<AccessRecord> ofCase(CaseId caseId) {
        Map<UUID, List<InformationId>> items = new HashMap<>();
        jdbc.sql("""
                        select i.record_id, i.information_id from access_record_item i
                        join access_record r on r.record_id = i.record_id
                        where r.case_id = :caseId order by i.information_id""")
                .param("caseId", caseId.value())
                .query(rs -> {
                    items.computeIfAbsent(rs.getObject("record_id", UUID.class), id -> new ArrayList<>())
                            .add(new InformationId(rs.getObject("information_id", UUID.class)));
                });
        return jdbc.sql("select * from access_record where case_id = :caseId order by recorded_at, record_id")
                .param("caseId", caseId.value())
                .query((rs, row) -> {
                    UUID recordId = rs.getObject("record_id", UUID.class);
                    return new AccessRecord(recordId,
                            rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                            new PersonId(rs.getString("person_id")),
                            new PartnerId(rs.getString("partner_id")),
                            roles(rs.getString("roles")),
                            Look.valueOf(rs.getString("look")),
                            caseId,
                            Outcome.valueOf(rs.getString("outcome")),
                            rs.getString("purpose"),
                            items.getOrDefault(recordId, List.of()));
                })
                .list();
    }

    /**
     * What of a case has been disclosed to date, per partner: every look that returned data, oldest first
     * (the partners in the order they first saw it).
     */
    public Map<PartnerId, List<AccessRecord>> disclosures(CaseId caseId) {
        Map<PartnerId, List<AccessRecord>> byPartner = new LinkedHashMap<>();
        for (AccessRecord record : ofCase(caseId)) {
            if (record.outcome() == Outcome.SHOWN) {
                byPartner.computeIfAbsent(record.partner(), partner -> new ArrayList<>()).add(record);
            }
        }
        return byPartner;
    }

    /** How many looks at cases a partner made in a period, and how many distinct information items they returned. */
    public Reads readsBy(PartnerId partner, Instant from, Instant to) {
        return jdbc.sql("""
                        select count(distinct r.record_id) as looks, count(distinct i.information_id) as items
                        from access_record r left join access_record_item i on i.record_id = r.record_id
                        where r.partner_id = :partner and r.outcome = 'SHOWN' and r.case_id is not null
                          and r.recorded_at >= :from and r.recorded_at < :to""")
                .param("partner", partner.value())
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new Reads(rs.getLong("looks"), rs.getLong("items")))
                .single();
    }

    /** A partner's looks at cases in a period, and the distinct items they returned. */
    public record Reads(long looks, long items) { }

    private static Set<Role> roles(String roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (!roles.isEmpty()) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(set::add);
        }
        return set;
    }
}
