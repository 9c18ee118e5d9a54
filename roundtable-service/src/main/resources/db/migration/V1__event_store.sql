-- Axon's event store and token store, with snake_case names (see org.roundtable.service.config.AxonStorageConfiguration).
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode. Payloads are JSON bytes (bytea, never large objects).

create table domain_event_entry (
    global_index         bigserial    not null,
    event_identifier     varchar(255) not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    constraint pk_domain_event_entry primary key (global_index),
    constraint uq_domain_event_entry_aggregate unique (aggregate_identifier, sequence_number),
    constraint uq_domain_event_entry_identifier unique (event_identifier)
);

-- Axon creates none; creating a token at a point in time would otherwise scan the table.
create index ix_domain_event_entry_time_stamp on domain_event_entry (time_stamp);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    constraint pk_snapshot_event_entry primary key (aggregate_identifier, sequence_number),
    constraint uq_snapshot_event_entry_identifier unique (event_identifier)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    time_stamp     varchar(255),
    owner          varchar(255),
    constraint pk_token_entry primary key (processor_name, segment)
);

-- Case numbers people can say aloud (2026-0042): unique across every instance of the service.
create sequence case_number_seq start with 1 increment by 1;
