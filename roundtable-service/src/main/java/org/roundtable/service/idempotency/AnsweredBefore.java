package org.roundtable.service.idempotency;

/**
 * The command was already given with this Idempotency-Key by the same person, and committed: nothing is
 * written again, and the first answer is answered again.
 */
public class AnsweredBefore extends RuntimeException {

    private final IdempotentRequest.Answer answer;

    public AnsweredBefore(IdempotentRequest.Answer answer) {
        super("this request was answered before", null, false, false);
        this.answer = answer;
    }

    public IdempotentRequest.Answer answer() {
        return answer;
    }
}
