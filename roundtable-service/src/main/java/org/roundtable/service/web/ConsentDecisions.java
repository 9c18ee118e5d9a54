package org.roundtable.service.web;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.GrantConsent;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.RefuseConsent;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.service.commands.CommandDispatcher;
import org.roundtable.service.faults.TryAgain;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * An owner's decision on a consent request, sent from a page's form: granted, or refused with a reason. A
 * decision sent again (a double click, a resubmitted form) finds the request decided and changes nothing.
 */
@Component
class ConsentDecisions {

    private final CommandDispatcher commands;

    ConsentDecisions(CommandDispatcher commands) {
        this.commands = commands;
    }

    /**
     * Sends the decision. Answers the message key of the problem to show next to the reason when a refusal has
     * none; otherwise empty. A decision that is not the person's to make fails as the error pages say.
     */
    Optional<String> decide(CaseId caseId, ActionId actionId, InformationId informationId, Actor actor,
                            String decision, @Nullable String reason) {
        try {
            if (decision.equals("REFUSED")) {
                PersonalText why;
                try {
                    why = PersonalText.of(reason);
                } catch (InvalidValue invalid) {
                    return Optional.of("consents.problem.reason");
                }
                commands.send(new RefuseConsent(caseId, actionId, informationId, actor, why));
            } else {
                commands.send(new GrantConsent(caseId, actionId, informationId, actor));
            }
        } catch (RuntimeException failure) {
            var rule = TryAgain.causeOf(failure, RuleViolation.class);
            if (rule.isEmpty() || !rule.get().code().equals("consent-already-decided")) {
                throw failure; // not allowed, not known: the error pages say so
            }
        }
        return Optional.empty();
    }
}
