-- Reviews after closing, recorded by the chair. The case detail keeps each one: the day it fell due, the day it was
-- recorded, what was found (personal text: null once erased) and whether the case gives cause for concern again,
-- keyed by the event that recorded it. The case list keeps the reviews after closing that have fallen due and are
-- not recorded yet (comma-separated days, earliest first), for the chair's dashboard.
create table case_detail_post_closure_review (
    case_id         uuid        not null,
    sequence_number bigint      not null,
    due_on          date        not null,
    reviewed_on     date        not null,
    note            varchar,
    outcome         varchar(20) not null,
    constraint pk_case_detail_post_closure_review primary key (case_id, sequence_number)
);

alter table case_list add column post_closure_reviews_due varchar(200);

-- Until now no review after closing could be recorded: every one that fell due is still due.
update case_list set post_closure_reviews_due =
    (select d.post_closure_reviews_due from case_detail d where d.case_id = case_list.case_id)
where status = 'CLOSED';
