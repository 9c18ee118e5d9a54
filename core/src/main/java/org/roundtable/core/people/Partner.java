package org.roundtable.core.people;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.roundtable.core.people.Administration.requireAdministrator;

/**
 * One partner organisation at the round table, from its registration until it leaves. Every rule about a
 * partner's membership is here: command handlers decide and apply events; event-sourcing handlers only
 * record. Its state is snapshotted as JSON field by field.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Partner {

    /** The identifier under which this partner's events are stored. */
    public static String key(PartnerId partnerId) {
        return "partner:" + partnerId.value();
    }

    /**
     * The aggregate's identifier in the event store: {@code partner:} and the code, so that a partner and a person of
     * the same name are never the same stream.
     */
    @AggregateIdentifier
    private String key;
    private PartnerId partnerId;
    // Not final: a snapshot is read back into these fields.
    private Set<PersonId> representatives = new HashSet<>();
    private boolean left;

    /** For Axon: rebuilt from its events, or read back from a snapshot field by field. */
    @JsonCreator
    protected Partner() {
    }

    @CommandHandler
    public Partner(RegisterPartner command) {
        requireAdministrator(command.actor());
        apply(new PartnerRegistered(command.partnerId(), command.name(), command.sector()));
    }

    @CommandHandler
    void handle(AgreeCharter command) {
        requireAdministrator(command.actor());
        requireStillAtTheTable("a partner that has left the round table cannot agree to its charter");
        apply(new CharterAgreed(partnerId, command.charterVersion()));
    }

    @CommandHandler
    void handle(AddRepresentative command) {
        requireAdministrator(command.actor());
        requireStillAtTheTable("a partner that has left the round table cannot take on representatives");
        if (representatives.contains(command.person())) {
            throw new RuleViolation("already-a-representative", "this person already represents the partner");
        }
        apply(new RepresentativeAdded(partnerId, command.person()));
    }

    @CommandHandler
    void handle(RemoveRepresentative command) {
        requireAdministrator(command.actor());
        requireStillAtTheTable("a partner that has left the round table has no representatives to remove");
        if (!representatives.contains(command.person())) {
            throw new UnknownItem("unknown-representative", "this person does not represent the partner");
        }
        apply(new RepresentativeRemoved(partnerId, command.person()));
    }

    @CommandHandler
    void handle(LeaveRoundTable command) {
        requireAdministrator(command.actor());
        requireStillAtTheTable("this partner has already left the round table");
        apply(new PartnerLeft(partnerId));
    }

    private void requireStillAtTheTable(String message) {
        if (left) {
            throw new RuleViolation("partner-has-left", message);
        }
    }

    @EventSourcingHandler
    void on(PartnerRegistered event) {
        partnerId = event.partnerId();
        key = key(partnerId);
    }

    @EventSourcingHandler
    void on(RepresentativeAdded event) {
        representatives.add(event.person());
    }

    @EventSourcingHandler
    void on(RepresentativeRemoved event) {
        representatives.remove(event.person());
    }

    @EventSourcingHandler
    void on(PartnerLeft event) {
        left = true;
    }
}
