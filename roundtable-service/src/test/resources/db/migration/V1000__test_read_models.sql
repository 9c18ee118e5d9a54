-- Tables of the read models that exist only in tests (org.roundtable.service.readmodels.testing).
create table test_flaky_event (
    case_id         uuid   not null,
    sequence_number bigint not null,
    constraint pk_test_flaky_event primary key (case_id, sequence_number)
);

create table test_lagging_count (
    case_id     uuid    not null,
    event_count integer not null,
    constraint pk_test_lagging_count primary key (case_id)
);
