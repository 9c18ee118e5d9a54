-- The language each person chose for the pages (nl, fr or en), so that it follows them to any browser after
-- they log in. A person who never chose has no row: their browser's language applies.
create table language_choice (
    person_id   varchar(100)             not null,
    language    varchar(8)               not null,
    chosen_at   timestamp with time zone not null,
    constraint pk_language_choice primary key (person_id)
);
