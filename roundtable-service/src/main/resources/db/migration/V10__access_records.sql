-- The access log, in the manner of the Logboek Dataverwerkingen: every look at a case, its items, its audit
-- trail or its disclosures, with who, for which partner, when, for what purpose, and whether it was refused.
-- Written before the data is returned; never updated, never emptied by a rebuild (it is not a read model).
create table access_record (
    record_id      uuid                     not null,
    recorded_at    timestamp with time zone not null,
    person_id      varchar(100)             not null,
    partner_id     varchar(63)              not null,
    roles          varchar(100)             not null,
    look           varchar(30)              not null,
    case_id        uuid,
    outcome        varchar(20)              not null,
    purpose        varchar(500)             not null,
    constraint pk_access_record primary key (record_id)
);

create index ix_access_record_case on access_record (case_id, recorded_at);
create index ix_access_record_partner on access_record (partner_id, recorded_at);

-- The information items a look returned.
create table access_record_item (
    record_id      uuid not null,
    information_id uuid not null,
    constraint pk_access_record_item primary key (record_id, information_id),
    constraint fk_access_record_item foreign key (record_id) references access_record (record_id)
);

create index ix_access_record_item_information on access_record_item (information_id);
