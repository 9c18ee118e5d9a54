-- Lists across cases: a partner's actions by due date, and the consent requests waiting for an owner.
create index ix_case_detail_action_assignee on case_detail_action (assignee, due_date);
create index ix_consents_request_owner on consents_request (owner_partner, status);
