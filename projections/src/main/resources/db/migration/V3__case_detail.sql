-- The case detail read model: one case with its subject, history, information and actions.
-- Only case_detail keeps last_sequence; child rows change only when an event moved it forward.
create table case_detail (
    case_id               uuid                     not null,
    case_number           varchar(20)              not null,
    status                varchar(20)              not null,
    subject_given_name    varchar(100),
    subject_family_name   varchar(100),
    subject_date_of_birth date,
    subject_age_band      varchar(20),
    raised_by_person      varchar(100)             not null,
    raised_by_partner     varchar(63)              not null,
    summary               varchar                  not null,
    urgency               varchar(20)              not null,
    category              varchar(30)              not null,
    raised_at             timestamp with time zone not null,
    lead_partner          varchar(63),
    last_sequence         bigint                   not null,
    constraint pk_case_detail primary key (case_id)
);

create table case_detail_participant (
    case_id    uuid        not null,
    partner_id varchar(63) not null,
    constraint pk_case_detail_participant primary key (case_id, partner_id)
);

create table case_detail_status_change (
    case_id         uuid                     not null,
    sequence_number bigint                   not null,
    status          varchar(20)              not null,
    changed_at      timestamp with time zone not null,
    by_person       varchar(100),
    by_partner      varchar(63),
    note            varchar,
    referred_to     varchar(200),
    closure_reason  varchar(30),
    constraint pk_case_detail_status_change primary key (case_id, sequence_number)
);

-- Withdrawn information is deleted: it leaves the case view (the audit trail keeps the event).
create table case_detail_information (
    information_id   uuid                     not null,
    case_id          uuid                     not null,
    sequence_number  bigint                   not null,
    owner_partner    varchar(63)              not null,
    content          varchar                  not null,
    sharing_level    varchar(20)              not null,
    source_protected boolean                  not null,
    shared_at        timestamp with time zone not null,
    shared_by_person varchar(100),
    constraint pk_case_detail_information primary key (information_id)
);

create index ix_case_detail_information_case on case_detail_information (case_id);

create table case_detail_action (
    action_id        uuid                     not null,
    case_id          uuid                     not null,
    sequence_number  bigint                   not null,
    assignee         varchar(63)              not null,
    description      varchar                  not null,
    due_date         date                     not null,
    status           varchar(20)              not null,
    outcome          varchar,
    assigned_at      timestamp with time zone not null,
    completed_at     timestamp with time zone,
    constraint pk_case_detail_action primary key (action_id)
);

create index ix_case_detail_action_case on case_detail_action (case_id);

create table case_detail_action_reliance (
    action_id      uuid not null,
    case_id        uuid not null,
    information_id uuid not null,
    constraint pk_case_detail_action_reliance primary key (action_id, information_id)
);

create index ix_case_detail_action_reliance_case on case_detail_action_reliance (case_id);
