package org.roundtable.service.api;

import org.springframework.http.HttpStatus;

import java.util.Arrays;
import java.util.List;

/**
 * Every kind of problem document the API answers, by its {@code code} (the {@code type} is
 * {@code urn:roundtable:problem:<code>}): the catalogue that the API description lists as the values of
 * {@code code} and that {@code docs/api.md} tabulates. A response whose code is not here fails the contract
 * tests.
 */
enum ProblemType {

    INVALID_INPUT("invalid-input", HttpStatus.BAD_REQUEST, "a field, header or path value breaks its rules; `errors` names each one"),
    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "the body is not well-formed JSON"),
    WEAK_PASSWORD("weak-password", HttpStatus.BAD_REQUEST, "the new password breaks the password policy (at least 12 characters, not a common password, not the user name)"),
    PURPOSE_REQUIRED("purpose-required", HttpStatus.BAD_REQUEST, "a compliance reviewer states the purpose of each look, in the `purpose` parameter"),
    MISSING_BODY("missing-body", HttpStatus.BAD_REQUEST, "the operation needs a JSON body and none came"),
    UNREADABLE_BODY("unreadable-body", HttpStatus.BAD_REQUEST, "the body is JSON, but not the object the operation expects"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "no valid bearer token (or login): it is missing, unknown, expired or revoked"),
    LOGIN_FAILED("login-failed", HttpStatus.UNAUTHORIZED, "wrong user name, password or one-time code, or the account is locked for a while after repeated failures"),
    SECOND_FACTOR_REQUIRED("second-factor-required", HttpStatus.UNAUTHORIZED, "the password was right; the account also needs its one-time code"),
    NOT_ALLOWED("not-allowed", HttpStatus.FORBIDDEN, "the person's roles do not allow this operation"),
    NOT_THE_CHAIR("not-the-chair", HttpStatus.FORBIDDEN, "only the chair screens, assigns actions, closes and reopens, sees the reciprocity report, runs the sessions and reads the agenda proposal"),
    NOT_A_REPRESENTATIVE("not-a-representative", HttpStatus.FORBIDDEN, "only a partner's representative raises concerns, shares and withdraws information, decides on consent to rely on it, and completes actions; the subject's consent and informing are recorded by a representative or the chair"),
    NOT_AN_ADMINISTRATOR("not-an-administrator", HttpStatus.FORBIDDEN, "only an administrator manages partners and people"),
    NOT_A_REVIEWER("not-a-reviewer", HttpStatus.FORBIDDEN, "only the chair and compliance reviewers read a case's audit trail, its reads and its disclosures"),
    NOT_A_POLICY_MEMBER("not-a-policy-member", HttpStatus.FORBIDDEN, "only policy members and the chair see the round table's statistics"),
    NOT_A_SESSION_READER("not-a-session-reader", HttpStatus.FORBIDDEN, "only the chair, compliance reviewers and the representatives of the round table's partners see sessions"),
    NOT_THE_OWNER("not-the-owner", HttpStatus.FORBIDDEN, "only the partner that shared an item may withdraw it or decide on consent to rely on it"),
    NOT_THE_ASSIGNEE("not-the-assignee", HttpStatus.FORBIDDEN, "only the partner an action is assigned to may accept, decline, note progress on or complete it"),
    UNKNOWN_CASE("unknown-case", HttpStatus.NOT_FOUND, "there is no such case, or the reader may not know of it"),
    UNKNOWN_INFORMATION("unknown-information", HttpStatus.NOT_FOUND, "the case has no such information item"),
    UNKNOWN_ACTION("unknown-action", HttpStatus.NOT_FOUND, "the case has no such action"),
    UNKNOWN_CONSENT("unknown-consent", HttpStatus.NOT_FOUND, "the action did not ask consent to rely on this information item"),
    UNKNOWN_SESSION("unknown-session", HttpStatus.NOT_FOUND, "there is no such session"),
    UNKNOWN_AGENDA_ITEM("unknown-agenda-item", HttpStatus.NOT_FOUND, "the session's agenda has no such item"),
    UNKNOWN_PARTNER("unknown-partner", HttpStatus.NOT_FOUND, "no partner was ever registered under this code"),
    UNKNOWN_PERSON("unknown-person", HttpStatus.NOT_FOUND, "no account was ever opened under this user name"),
    UNKNOWN_REPRESENTATIVE("unknown-representative", HttpStatus.NOT_FOUND, "the person is not a representative of the partner"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "no operation at this path"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "the path exists, but not with this HTTP method"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "the `Accept` header asks for a media type the operation does not answer with"),
    CASE_NOT_OPEN("case-not-open", HttpStatus.CONFLICT, "the command needs an open case (recording the subject's consent or informing: a case that was opened, closed since or not)"),
    CASE_NOT_CLOSED("case-not-closed", HttpStatus.CONFLICT, "only a closed case can be reopened or reviewed after closing"),
    CONCERN_ALREADY_SCREENED("concern-already-screened", HttpStatus.CONFLICT, "a concern is screened once"),
    NOT_A_PARTICIPANT("not-a-participant", HttpStatus.CONFLICT, "the partner does not take part in the case"),
    ALREADY_A_PARTICIPANT("already-a-participant", HttpStatus.CONFLICT, "the partner already takes part in the case"),
    SAME_LEAD("same-lead", HttpStatus.CONFLICT, "the partner already leads the case"),
    PARTNER_LEADS_THE_CASE("partner-leads-the-case", HttpStatus.CONFLICT, "the partner leads the case: hand the lead to another partner before it leaves"),
    PARTNER_HAS_OPEN_ACTIONS("partner-has-open-actions", HttpStatus.CONFLICT, "the partner still has open actions in the case: reassign or cancel them before it leaves"),
    PARTNER_HAS_PENDING_CONSENTS("partner-has-pending-consents", HttpStatus.CONFLICT, "the partner has still to decide on consent to rely on its information before it leaves"),
    INFORMATION_ALREADY_SHARED("information-already-shared", HttpStatus.CONFLICT, "an item with this id is already in the case"),
    INFORMATION_ALREADY_WITHDRAWN("information-already-withdrawn", HttpStatus.CONFLICT, "the item was withdrawn before"),
    INFORMATION_WITHDRAWN("information-withdrawn", HttpStatus.CONFLICT, "an action cannot rely on withdrawn information"),
    ACTION_ALREADY_ASSIGNED("action-already-assigned", HttpStatus.CONFLICT, "an action with this id is already in the case"),
    ACTION_ALREADY_COMPLETED("action-already-completed", HttpStatus.CONFLICT, "the action was completed before"),
    ACTION_ALREADY_ACCEPTED("action-already-accepted", HttpStatus.CONFLICT, "the action was accepted before: it can no longer be accepted or declined"),
    ACTION_NOT_ANSWERED("action-not-answered", HttpStatus.CONFLICT, "the assignee has not answered the action yet"),
    ACTION_DECLINED("action-declined", HttpStatus.CONFLICT, "the action was declined: the chair may reassign or cancel it"),
    ACTION_CANCELLED("action-cancelled", HttpStatus.CONFLICT, "the action was cancelled: nothing more happens to it"),
    SAME_ASSIGNEE("same-assignee", HttpStatus.CONFLICT, "the action is already assigned to that partner"),
    SAME_DUE_DATE("same-due-date", HttpStatus.CONFLICT, "the action is already due on that day"),
    CONSENT_PENDING("consent-pending", HttpStatus.CONFLICT, "the action relies on information whose owner has not yet consented"),
    CONSENT_REFUSED("consent-refused", HttpStatus.CONFLICT, "the owner of information the action relies on refused consent; it cannot be completed"),
    CONSENT_ALREADY_DECIDED("consent-already-decided", HttpStatus.CONFLICT, "consent to rely on this item was granted or refused before"),
    NOT_A_REGISTERED_PARTNER("not-a-registered-partner", HttpStatus.CONFLICT, "a lead, participant, assignee or partner whose attendance is recorded must be a partner of the round table now"),
    DUE_DATE_IN_PAST("due-date-in-past", HttpStatus.CONFLICT, "an action's due date is today or later"),
    REVIEW_DATE_IN_PAST("review-date-in-past", HttpStatus.CONFLICT, "a case's next review is today or later (after today when a review is recorded); a review after closing is after today"),
    SAME_REVIEW_DATE("same-review-date", HttpStatus.CONFLICT, "the case's next review is already on that day"),
    NO_REVIEW_DUE("no-review-due", HttpStatus.CONFLICT, "no review after closing is due: none was planned, its day has not come, or each due was recorded"),
    SESSION_CLOSED("session-closed", HttpStatus.CONFLICT, "the session is closed: its minutes can only be corrected"),
    SESSION_CANCELLED("session-cancelled", HttpStatus.CONFLICT, "the session was cancelled: it takes no change"),
    SESSION_NOT_STARTED("session-not-started", HttpStatus.CONFLICT, "a session is closed, and decisions are taken at its table, only once it has begun"),
    SESSION_NOT_CLOSED("session-not-closed", HttpStatus.CONFLICT, "minutes are corrected once the session is closed; before, record a note"),
    ACTION_NOT_CARRIED_FORWARD("action-not-carried-forward", HttpStatus.CONFLICT, "a session closes once every action still open in a case on its agenda is carried forward, with a reason"),
    ACTION_NOT_OPEN("action-not-open", HttpStatus.CONFLICT, "only an action still open (not completed or cancelled) is carried forward"),
    CASE_NOT_ON_AGENDA("case-not-on-agenda", HttpStatus.CONFLICT, "only the actions of a case on the session's agenda are carried forward when it closes"),
    AGENDA_FULL("agenda-full", HttpStatus.CONFLICT, "an agenda holds at most 100 items"),
    ITEM_ALREADY_ON_AGENDA("item-already-on-agenda", HttpStatus.CONFLICT, "an item with this id is already on the agenda"),
    CASE_ALREADY_ON_AGENDA("case-already-on-agenda", HttpStatus.CONFLICT, "the case is already on the agenda: one item per case"),
    NOT_AT_THE_TABLE("not-at-the-table", HttpStatus.CONFLICT, "only the person recorded as representing a partner present agrees to the confidentiality statement"),
    ALREADY_AGREED("already-agreed", HttpStatus.CONFLICT, "the person has already agreed to the session's confidentiality statement"),
    PARTNER_ALREADY_REGISTERED("partner-already-registered", HttpStatus.CONFLICT, "a partner is registered under this code already (a partner that left keeps its code)"),
    PARTNER_HAS_LEFT("partner-has-left", HttpStatus.CONFLICT, "the partner has left the round table"),
    ALREADY_A_REPRESENTATIVE("already-a-representative", HttpStatus.CONFLICT, "the person already represents the partner"),
    ACCOUNT_ALREADY_OPENED("account-already-opened", HttpStatus.CONFLICT, "an account has this user name already (a deactivated account keeps its name)"),
    ACCOUNT_DEACTIVATED("account-deactivated", HttpStatus.CONFLICT, "the account is deactivated"),
    ROLE_ALREADY_HELD("role-already-held", HttpStatus.CONFLICT, "the person already holds the role"),
    ROLE_NOT_HELD("role-not-held", HttpStatus.CONFLICT, "the person does not hold the role"),
    OWN_ADMINISTRATION("own-administration", HttpStatus.CONFLICT, "an administrator cannot remove their own administration"),
    NO_LOCAL_ACCOUNT("no-local-account", HttpStatus.CONFLICT, "the person logs in through the OpenID Connect provider and has no local password or second factor"),
    CONCURRENT_CHANGE("concurrent-change", HttpStatus.CONFLICT, "someone changed the case at the same moment; send the command again"),
    CONTENT_TOO_LARGE("content-too-large", HttpStatus.CONTENT_TOO_LARGE, "the body is over the limit (1 MiB by default)"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the body is not `application/json`"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT, "the `Idempotency-Key` was used before by the same person for another request"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "a fault of the service, logged under the `incident` id; nothing is half-written"),
    DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "the database cannot be reached; nothing was changed; try again after `Retry-After`"),
    BUSY("busy", HttpStatus.SERVICE_UNAVAILABLE, "the service is busy (a read model is being rebuilt); nothing was changed; try again after `Retry-After`"),
    OUTCOME_UNKNOWN("outcome-unknown", HttpStatus.SERVICE_UNAVAILABLE, "the database went away during the commit: send the command again with the same `Idempotency-Key`");

    private final String code;
    private final HttpStatus status;
    private final String meaning;

    ProblemType(String code, HttpStatus status, String meaning) {
        this.code = code;
        this.status = status;
        this.meaning = meaning;
    }

    String code() {
        return code;
    }

    HttpStatus status() {
        return status;
    }

    String meaning() {
        return meaning;
    }

    static List<String> codesOf(HttpStatus status) {
        return Arrays.stream(values()).filter(type -> type.status == status).map(ProblemType::code).toList();
    }

    static List<String> codes() {
        return Arrays.stream(values()).map(ProblemType::code).toList();
    }
}
