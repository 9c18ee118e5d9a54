-- The statistics read model (lagging): the round table's figures by month and concern category.
-- It holds no personal data: a case's id with its category, and one row per event that counts.
create table statistics_case (
    case_id   uuid        not null,
    category  varchar(30) not null,
    constraint pk_statistics_case primary key (case_id)
);

-- One row per counted event, keyed by (case, sequence number), so an event applied twice is counted once.
-- month_start is the first day of the event's month in UTC; category is the case's, from its concern.
create table statistics_event (
    case_id          uuid        not null,
    sequence_number  bigint      not null,
    measure          varchar(30) not null,
    month_start      date        not null,
    category         varchar(30) not null,
    constraint pk_statistics_event primary key (case_id, sequence_number)
);

create index ix_statistics_event_month on statistics_event (month_start);
