-- Personal text can be erased (crypto-shredding): a replayed event then carries no text, and the case
-- detail keeps a null where the text was. The subject's columns were nullable already.
alter table case_detail alter column summary drop not null;
alter table case_detail_information alter column content drop not null;
alter table case_detail_action alter column description drop not null;
