-- pgbench script: one transaction = one event appended to Axon's event table, the way the service appends a
-- new case's first event (ConcernRaised) to domain_event_entry: the ceiling of what PostgreSQL on this
-- machine can do for "one command = one committed event", without Axon, Spring or HTTP in the way.
--
-- The table comes from the project's own migration (V1__event_store.sql, run by pgbench-append.sh into a
-- scratch database), so every index and constraint the service pays for is paid here too: the primary key on
-- the bigserial global_index, the unique (aggregate_identifier, sequence_number), the unique
-- event_identifier and the index on time_stamp.
--
-- Variables (pgbench -D): payload_len and meta_len, the lengths in bytes of the payload and meta_data.
-- pgbench-append.sh defaults them to what a real stored ConcernRaised row measured on revision 11a4982
-- (select length(payload), length(meta_data) from domain_event_entry after raising a concern through the
-- API): payload 287 bytes (caseId, caseNumber, raisedBy, subject, summary, urgency, category as JSON) and
-- meta_data 150 bytes (actorPerson, actorPartner, traceId, correlationId). run.sh passes the averages it
-- measures in the benchmark's own database instead, when it has them. Both are far below PostgreSQL's
-- ~2 kB TOAST threshold, so neither is compressed, as in the service.
--
-- Each row: fresh event and aggregate identifiers (a new case per transaction, sequence number 0), an
-- ISO-8601 UTC time stamp string like Axon's, and JSON-looking bytes padded to the chosen length.

insert into domain_event_entry
    (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,
     payload, meta_data)
values
    (gen_random_uuid()::text,
     gen_random_uuid()::text,
     0,
     'Case',
     to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
     'org.roundtable.core.cases.ConcernRaised',
     null,
     convert_to(rpad('{"caseId":"' || gen_random_uuid()::text || '","caseNumber":"2026-0001","raisedBy":{"person":"anna","partner":"police"},"summary":"',
                     :payload_len - 2, 'benchmark concern ') || '"}', 'UTF8'),
     convert_to(rpad('{"actorPerson":"anna","actorPartner":"police","traceId":"' || gen_random_uuid()::text || '","note":"',
                     :meta_len - 2, 'x') || '"}', 'UTF8'));
