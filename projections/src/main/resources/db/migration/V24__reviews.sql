-- Reviews, closing reports and repeat concerns. The case detail keeps the next review (and whether it fell due),
-- the last review, the closing report with the reviews planned after closing, when the case closed (for the
-- repeat lookup) and the earlier case a concern repeats; the case list keeps the next review and the repeat; the
-- sessions read model keeps each case's next review for the agenda proposal.
alter table case_detail add column next_review_on date;
alter table case_detail add column review_due boolean default false not null;
alter table case_detail add column last_reviewed_on date;
alter table case_detail add column last_review_note varchar;
alter table case_detail add column closing_outcome varchar;
alter table case_detail add column exit_criteria varchar(20);
alter table case_detail add column post_closure_reviews varchar(200);
alter table case_detail add column post_closure_reviews_due varchar(200);
alter table case_detail add column closed_at timestamp with time zone;
alter table case_detail add column repeat_of_case_id uuid;
alter table case_detail add column repeat_of_number varchar(20);

create index ix_case_detail_closed on case_detail (status, closed_at);

alter table case_list add column next_review_on date;
alter table case_list add column review_due boolean default false not null;
alter table case_list add column repeat_of_number varchar(20);

alter table sessions_case add column next_review_on date;
