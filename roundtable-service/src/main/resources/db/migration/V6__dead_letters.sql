-- Axon's dead-letter queue (JdbcSequencedDeadLetterQueue), with the snake_case names of the DeadLetterSchema
-- bean in org.roundtable.service.config.ReadModelsConfiguration. One row per event a read model failed on,
-- in order per case (sequence_identifier) and read model (processing_group). Payloads are JSON bytes, as in
-- the event store, and hold the same personal data.
create table dead_letter_entry (
    dead_letter_id       varchar(255)  not null,
    processing_group     varchar(255)  not null,
    sequence_identifier  varchar(255)  not null,
    sequence_index       bigint        not null,
    message_type         varchar(255)  not null,
    event_identifier     varchar(255)  not null,
    time_stamp           varchar(255)  not null,
    payload_type         varchar(255)  not null,
    payload_revision     varchar(255),
    payload              bytea         not null,
    meta_data            bytea,
    aggregate_type       varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255)  not null,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    constraint pk_dead_letter_entry primary key (dead_letter_id),
    constraint uq_dead_letter_entry_sequence unique (processing_group, sequence_identifier, sequence_index)
);

create index ix_dead_letter_entry_group on dead_letter_entry (processing_group);
-- Before a command's events reach the read models: which read models have parked events of this case?
create index ix_dead_letter_entry_sequence on dead_letter_entry (sequence_identifier);
