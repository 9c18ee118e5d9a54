-- Local accounts' secrets, kept apart from the events: a password hash or a second factor's key must be
-- replaceable and destroyable, and an event is neither. Who a person is, their partner and roles are events
-- (the Person aggregate) and the directory read model.
create table login_credential (
    person_id        varchar(100)             not null,
    password_hash    varchar(255)             not null,
    totp_secret      varchar(64),
    totp_last_step   bigint,
    failed_attempts  integer                  not null,
    locked_until     timestamp with time zone,
    demo             boolean                  not null,
    changed_at       timestamp with time zone not null,
    constraint pk_login_credential primary key (person_id)
);

-- Bearer tokens of local accounts, by the SHA-256 of the token: the token itself is never stored.
create table access_token (
    token_hash  varchar(64)              not null,
    person_id   varchar(100)             not null,
    issued_at   timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    constraint pk_access_token primary key (token_hash)
);

create index ix_access_token_person on access_token (person_id);
create index ix_access_token_expires_at on access_token (expires_at);
