-- The whole life of an action in the read models: accepted, declined, progress noted, reassigned, its due date
-- moved, overdue, cancelled. Reasons and notes are personal text: null once erased.

-- The case detail: whether the action's deadline found it still open, and the reasons it was declined or
-- cancelled; each progress note keyed by the event that recorded it.
alter table case_detail_action add column overdue boolean default false not null;
alter table case_detail_action add column decline_reason varchar;
alter table case_detail_action add column cancel_reason varchar;

create table case_detail_action_note (
    action_id       uuid                     not null,
    case_id         uuid                     not null,
    sequence_number bigint                   not null,
    partner_id      varchar(63)              not null,
    note            varchar,
    noted_at        timestamp with time zone not null,
    constraint pk_case_detail_action_note primary key (case_id, sequence_number)
);

create index ix_case_detail_action_note_action on case_detail_action_note (action_id);

-- The case list: each action with whether it is still open, so that the open count follows declines,
-- reassignments and cancellations (a reassigned declined action is open again).
create table case_list_action (
    action_id uuid    not null,
    case_id   uuid    not null,
    open      boolean not null,
    constraint pk_case_list_action primary key (action_id)
);

create index ix_case_list_action_case on case_list_action (case_id);

-- Until now an action was open until completed; the case detail, kept in the same transactions, knows them all.
insert into case_list_action (action_id, case_id, open)
select action_id, case_id, status = 'ASSIGNED' from case_detail_action;
