-- The reciprocity read model: what each partner gave and took on, event by event, for the chair's report.
-- Keyed by the event's place in its case, so an event applied twice is counted once. No personal data.
create table reciprocity_event (
    case_id         uuid                     not null,
    sequence_number bigint                   not null,
    partner_id      varchar(63)              not null,
    kind            varchar(20)              not null,
    occurred_at     timestamp with time zone not null,
    constraint pk_reciprocity_event primary key (case_id, sequence_number)
);

create index ix_reciprocity_event_partner on reciprocity_event (partner_id, occurred_at);
