-- The case list read model: one row per case, for the chair's overview.
-- last_sequence is the aggregate sequence number of the last event applied, so replays change nothing.
create table case_list (
    case_id           uuid                     not null,
    case_number       varchar(20)              not null,
    status            varchar(20)              not null,
    urgency           varchar(20)              not null,
    category          varchar(30)              not null,
    lead_partner      varchar(63),
    raised_at         timestamp with time zone not null,
    opened_at         timestamp with time zone,
    closed_at         timestamp with time zone,
    open_action_count integer                  not null,
    last_sequence     bigint                   not null,
    constraint pk_case_list primary key (case_id)
);

create index ix_case_list_status on case_list (status);
create index ix_case_list_raised_at on case_list (raised_at);
