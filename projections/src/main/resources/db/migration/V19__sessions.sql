-- The sessions read model: each session with its agenda, attendance, confidentiality agreements, notes and
-- corrections; and, kept from the case events, what need-to-know and the agenda proposal ask of each case
-- (who raised it, whether it was screened, who takes part, its open actions and their due dates). Who sees what
-- is decided when a query is answered, from these columns. sessions_session and sessions_case keep
-- last_sequence; their child rows change only when an event moved it forward.
create table sessions_session (
    session_id    uuid                     not null,
    starts_at     timestamp with time zone not null,
    place         varchar(200),
    video_link    varchar(2000),
    chaired_by    varchar(100)             not null,
    status        varchar(20)              not null,
    cancel_reason varchar,
    closed_at     timestamp with time zone,
    last_sequence bigint                   not null,
    constraint pk_sessions_session primary key (session_id)
);

create index ix_sessions_session_starts on sessions_session (status, starts_at);

-- A dropped item stays, marked: notes taken on it before are still its notes.
create table sessions_item (
    item_id    uuid        not null,
    session_id uuid        not null,
    case_id    uuid        not null,
    purpose    varchar(20) not null,
    minutes    integer     not null,
    position   integer     not null,
    dropped    boolean     not null,
    constraint pk_sessions_item primary key (item_id)
);

create index ix_sessions_item_session on sessions_item (session_id);
create index ix_sessions_item_case on sessions_item (case_id);

create table sessions_attendance (
    session_id     uuid         not null,
    partner_id     varchar(63)  not null,
    attendance     varchar(20)  not null,
    represented_by varchar(100),
    constraint pk_sessions_attendance primary key (session_id, partner_id)
);

create table sessions_agreement (
    session_id uuid                     not null,
    person_id  varchar(100)             not null,
    partner_id varchar(63)              not null,
    agreed_at  timestamp with time zone not null,
    constraint pk_sessions_agreement primary key (session_id, person_id)
);

-- The note is null once erased.
create table sessions_note (
    session_id      uuid                     not null,
    sequence_number bigint                   not null,
    item_id         uuid                     not null,
    note            varchar,
    recorded_at     timestamp with time zone not null,
    recorded_by     varchar(100),
    constraint pk_sessions_note primary key (session_id, sequence_number)
);

create index ix_sessions_note_item on sessions_note (item_id);

-- About one item, or the whole session when item_id is null; correction and reason are null once erased.
create table sessions_correction (
    session_id      uuid                     not null,
    sequence_number bigint                   not null,
    item_id         uuid,
    correction      varchar,
    reason          varchar,
    corrected_at    timestamp with time zone not null,
    corrected_by    varchar(100),
    constraint pk_sessions_correction primary key (session_id, sequence_number)
);

-- A case as sessions need it: status is RAISED until screened, then OPEN, CLOSED, REFERRED or DISMISSED.
create table sessions_case (
    case_id           uuid        not null,
    case_number       varchar(20) not null,
    raised_by_partner varchar(63) not null,
    status            varchar(20) not null,
    raised_at         timestamp with time zone not null,
    last_sequence     bigint      not null,
    constraint pk_sessions_case primary key (case_id)
);

create index ix_sessions_case_status on sessions_case (status);

create table sessions_case_participant (
    case_id    uuid        not null,
    partner_id varchar(63) not null,
    constraint pk_sessions_case_participant primary key (case_id, partner_id)
);

create table sessions_action (
    action_id uuid        not null,
    case_id   uuid        not null,
    assignee  varchar(63) not null,
    due_date  date        not null,
    open      boolean     not null,
    constraint pk_sessions_action primary key (action_id)
);

create index ix_sessions_action_open on sessions_action (open, due_date);
