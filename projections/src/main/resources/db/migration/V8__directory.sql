-- The directory: the round table's partners and people, with the roles each person holds now.
create table directory_partner (
    partner_id       varchar(63)  not null,
    name             varchar(200) not null,
    sector           varchar(40)  not null,
    charter_version  varchar(50),
    active           boolean      not null,
    constraint pk_directory_partner primary key (partner_id)
);

create table directory_person (
    person_id     varchar(100) not null,
    partner_id    varchar(63)  not null,
    display_name  varchar(200) not null,
    active        boolean      not null,
    constraint pk_directory_person primary key (person_id)
);

create table directory_role (
    person_id  varchar(100) not null,
    role       varchar(20)  not null,
    constraint pk_directory_role primary key (person_id, role)
);
