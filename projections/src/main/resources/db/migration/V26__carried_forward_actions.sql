-- Actions carried forward when a session closed: per session, the action, its case's item and why it comes back.
-- The sessions read model also keeps each action's description (null once erased) and whether it ended (completed
-- or cancelled): an action carried forward and not ended puts its case on the next agenda.
create table sessions_carried_forward (
    session_id      uuid        not null,
    action_id       uuid        not null,
    sequence_number bigint      not null,
    item_id         uuid        not null,
    case_id         uuid        not null,
    reason          varchar(30) not null,
    constraint pk_sessions_carried_forward primary key (session_id, action_id)
);

create index ix_sessions_carried_forward_action on sessions_carried_forward (action_id);

alter table sessions_action add column description varchar;
alter table sessions_action add column ended boolean default false not null;

-- Until now the sessions read model knew only whether an action was open; the case detail, kept in the same
-- transactions, knows each one's description and whether it was completed or cancelled.
update sessions_action set
    description = (select d.description from case_detail_action d where d.action_id = sessions_action.action_id),
    ended = exists (select 1 from case_detail_action d
                    where d.action_id = sessions_action.action_id and d.status in ('COMPLETED', 'CANCELLED'));
