-- Deadlines kept in the database (db-scheduler's table, as its PostgreSQL script makes it, with names of
-- bounded length so that H2 can key them). One row per deadline still to be met: Axon's deadline name, the
-- aggregate it belongs to and its payload, as readable JSON in task_data. db-scheduler lets one instance pick
-- a due row (picked, picked_by, version) and deletes it once the deadline has been met.
create table scheduled_tasks (
    task_name            varchar(100)             not null,
    task_instance        varchar(255)             not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            varchar(50),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    constraint pk_scheduled_tasks primary key (task_name, task_instance)
);

create index ix_scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index ix_scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index ix_scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);
