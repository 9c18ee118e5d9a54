-- The directory's partners with the people who represent them, so that an administrator sees who speaks for
-- each partner. An installation that had partners before this table must rebuild the directory read model.
create table directory_representative (
    partner_id  varchar(63)  not null,
    person_id   varchar(100) not null,
    constraint pk_directory_representative primary key (partner_id, person_id)
);
