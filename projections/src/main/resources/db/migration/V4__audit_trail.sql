-- The audit trail read model: one row per event of a case, in order, readable by a person.
-- Keyed by (case, sequence number), so an event applied twice is stored once.
create table audit_trail (
    case_id          uuid                     not null,
    sequence_number  bigint                   not null,
    event_identifier varchar(100)             not null,
    event_type       varchar(100)             not null,
    description      varchar(500)             not null,
    actor_person     varchar(100),
    actor_partner    varchar(63),
    occurred_at      timestamp with time zone not null,
    correlation_id   varchar(100),
    payload          varchar                  not null,
    constraint pk_audit_trail primary key (case_id, sequence_number)
);
