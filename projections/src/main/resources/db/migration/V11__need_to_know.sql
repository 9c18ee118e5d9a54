-- Need-to-know is decided from columns the read models keep (docs/access.md).

-- The case list knows who raised each concern, what the screening decided, and who takes part.
alter table case_list add column raised_by_partner varchar(63);
alter table case_list add column screening_outcome varchar(20);

create table case_list_participant (
    case_id    uuid        not null,
    partner_id varchar(63) not null,
    constraint pk_case_list_participant primary key (case_id, partner_id)
);

-- Existing rows take these from the case detail, which has always kept them.
update case_list set raised_by_partner =
    (select d.raised_by_partner from case_detail d where d.case_id = case_list.case_id);
update case_list set screening_outcome =
    (select s.status from case_detail_status_change s
     where s.case_id = case_list.case_id and s.status <> 'RAISED'
       and s.sequence_number = (select min(f.sequence_number) from case_detail_status_change f
                                where f.case_id = case_list.case_id and f.status <> 'RAISED'));
insert into case_list_participant (case_id, partner_id)
    select case_id, partner_id from case_detail_participant;
alter table case_list alter column raised_by_partner set not null;

-- The audit trail knows, for each event about a piece of information, whose it is and whether its source is
-- protected; for those events it keeps a second description and payload that name the owner "a partner".
-- Rows written before this migration have neither: rebuild the audit trail after upgrading (docs/operations.md).
alter table audit_trail add column information_id uuid;
alter table audit_trail add column source_partner varchar(63);
alter table audit_trail add column source_level varchar(20);
alter table audit_trail add column source_protected boolean default false not null;
alter table audit_trail add column description_without_source varchar(500);
alter table audit_trail add column payload_without_source varchar;

-- What the audit trail remembers of each piece of information, for the events that follow its sharing.
create table audit_trail_information (
    information_id   uuid        not null,
    case_id          uuid        not null,
    owner_partner    varchar(63) not null,
    sharing_level    varchar(20) not null,
    source_protected boolean     not null,
    constraint pk_audit_trail_information primary key (information_id)
);
