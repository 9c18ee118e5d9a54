-- The consents read model: per case, what the sharing rules need (who raised it, who takes part, each item's
-- owner, level and source protection), each action's assignee, the owners' consent asked for actions and their
-- decisions, and the subject's consent and informing. Who sees what is decided when a query is answered, from
-- these columns. Only consents_case keeps last_sequence; child rows change only when an event moved it forward.
create table consents_case (
    case_id           uuid        not null,
    raised_by_partner varchar(63) not null,
    last_sequence     bigint      not null,
    constraint pk_consents_case primary key (case_id)
);

create table consents_participant (
    case_id    uuid        not null,
    partner_id varchar(63) not null,
    constraint pk_consents_participant primary key (case_id, partner_id)
);

-- A withdrawn item stays, marked: a consent asked for it still names it.
create table consents_information (
    information_id   uuid        not null,
    case_id          uuid        not null,
    owner_partner    varchar(63) not null,
    sharing_level    varchar(20) not null,
    source_protected boolean     not null,
    withdrawn        boolean     not null,
    constraint pk_consents_information primary key (information_id)
);

create index ix_consents_information_case on consents_information (case_id);

create table consents_action (
    action_id uuid        not null,
    case_id   uuid        not null,
    assignee  varchar(63) not null,
    constraint pk_consents_action primary key (action_id)
);

create index ix_consents_action_case on consents_action (case_id);

-- One owner's consent asked for one action: PENDING until it is GRANTED or REFUSED (with a reason).
create table consents_request (
    action_id       uuid                     not null,
    information_id  uuid                     not null,
    case_id         uuid                     not null,
    sequence_number bigint                   not null,
    owner_partner   varchar(63)              not null,
    status          varchar(20)              not null,
    requested_at    timestamp with time zone not null,
    decided_at      timestamp with time zone,
    refusal_reason  varchar,
    constraint pk_consents_request primary key (action_id, information_id)
);

create index ix_consents_request_case on consents_request (case_id);

create table consents_subject_consent (
    case_id            uuid                     not null,
    sequence_number    bigint                   not null,
    decision           varchar(20)              not null,
    decided_by         varchar(20)              not null,
    decided_on         date                     not null,
    recorded_at        timestamp with time zone not null,
    recorded_by        varchar(63),
    constraint pk_consents_subject_consent primary key (case_id, sequence_number)
);

-- Either informed on a day, or not informed for a reason with an optional note.
create table consents_subject_informing (
    case_id            uuid                     not null,
    sequence_number    bigint                   not null,
    informed           boolean                  not null,
    informed_on        date,
    reason             varchar(30),
    note               varchar,
    recorded_at        timestamp with time zone not null,
    recorded_by        varchar(63),
    constraint pk_consents_subject_informing primary key (case_id, sequence_number)
);
