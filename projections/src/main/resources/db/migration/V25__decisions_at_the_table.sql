-- Decisions taken at a session's table: every case event that a case command given in a session led to, by the
-- item at which it was decided (the sessions read model). The kind is the event's type; partner, partners,
-- on_date, detail and text hold what the minutes say of it (text is null once erased). One row per case event.
create table sessions_decision (
    case_id         uuid                     not null,
    sequence_number bigint                   not null,
    session_id      uuid                     not null,
    item_id         uuid                     not null,
    kind            varchar(60)              not null,
    partner         varchar(63),
    partners        varchar(2000),
    on_date         date,
    detail          varchar(60),
    text            varchar,
    decided_at      timestamp with time zone not null,
    decided_by      varchar(100),
    constraint pk_sessions_decision primary key (case_id, sequence_number)
);

create index ix_sessions_decision_item on sessions_decision (session_id, item_id);

-- The audit trail names the session and agenda item at which a decision on the case was taken.
alter table audit_trail add column decided_in_session uuid;
alter table audit_trail add column decided_at_item uuid;
