-- Commands given with an Idempotency-Key: the first answer, per person and key, until it expires.
-- The request itself is kept only as a SHA-256 fingerprint (it may hold personal data); the answer holds
-- ids and case numbers only.
create table idempotent_request (
    actor_person    varchar(100)             not null,
    actor_partner   varchar(63)              not null,
    idempotency_key varchar(255)             not null,
    fingerprint     varchar(64)              not null,
    status          integer                  not null,
    location        varchar(500),
    body            varchar(2000),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    constraint pk_idempotent_request primary key (actor_person, actor_partner, idempotency_key)
);

create index ix_idempotent_request_expires_at on idempotent_request (expires_at);
