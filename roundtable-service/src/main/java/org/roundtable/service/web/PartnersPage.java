package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.core.people.AddRepresentative;
import org.roundtable.core.people.LeaveRoundTable;
import org.roundtable.core.people.RegisterPartner;
import org.roundtable.core.people.RemoveRepresentative;
import org.roundtable.core.people.Sector;
import org.roundtable.projections.directory.FindPartner;
import org.roundtable.projections.directory.FindPartners;
import org.roundtable.projections.directory.FindPeople;
import org.roundtable.projections.directory.PartnerSummary;
import org.roundtable.projections.directory.PersonSummary;
import org.roundtable.service.faults.TryAgain;
import org.roundtable.service.identity.Administrators;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partners of the round table, for administrators: the list, registering one, and one partner's page with
 * its representatives (add, remove) and its leaving, each through the queries and commands of the API's
 * {@code /api/partners}. No case data is shown, so, like the API's directory reads, these looks are not access
 * records. Every form carries a key made when it is shown ({@link OncePerForm}); registering is also kept
 * once by its natural key, the partner's code.
 */
@Controller
class PartnersPage {

    private final QueryGateway queries;
    private final OncePerForm once;

    PartnersPage(QueryGateway queries, OncePerForm once) {
        this.queries = queries;
        this.once = once;
    }

    /** What the administrator typed to register a partner, shown again with the problems. */
    record Registration(String formKey, @Nullable String code, @Nullable String name, @Nullable String sector) { }

    @GetMapping("/partners")
    String list(Model model) {
        Administrators.require();
        model.addAttribute("partners", partners());
        return "partners";
    }

    @GetMapping("/partners/new")
    String registrationForm(Model model) {
        Administrators.require();
        return showRegistration(model, new Registration(OncePerForm.newKey(), null, null, null), Map.of());
    }

    @PostMapping("/partners")
    String register(Actor actor, @RequestParam(defaultValue = "") String formKey,
                    @RequestParam(required = false) @Nullable String code,
                    @RequestParam(required = false) @Nullable String name,
                    @RequestParam(required = false) @Nullable String sector, Model model, HttpServletResponse response) {
        Administrators.require();
        Registration form = new Registration(formKey, code, name, sector);
        Map<String, String> problems = new LinkedHashMap<>();
        PartnerId partnerId = null;
        try {
            partnerId = PartnerId.of(code == null ? null : code.strip());
        } catch (InvalidValue invalid) {
            problems.put("code", "partners.problem.code");
        }
        if (name == null || name.isBlank() || name.strip().length() > RegisterPartner.MAX_NAME_LENGTH) {
            problems.put("name", "partners.problem.name");
        }
        Sector chosen = null;
        try {
            chosen = Sector.valueOf(sector == null ? "" : sector);
        } catch (IllegalArgumentException missing) {
            problems.put("sector", "partners.problem.sector");
        }
        if (problems.isEmpty()) {
            try {
                if (!once.carriedOut(new RegisterPartner(partnerId, name, chosen, actor), formKey, "/partners")) {
                    problems.put("form", "admin.problem.form");
                } else {
                    return "redirect:/partners/" + partnerId.value();
                }
            } catch (RuntimeException failure) {
                if (TryAgain.causeOf(failure, AggregateStreamCreationException.class).isEmpty()) {
                    throw failure;
                }
                problems.put("code", "partners.problem.taken");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showRegistration(model, form, problems);
    }

    @GetMapping("/partners/{code}")
    String partner(@PathVariable String code, Model model) {
        Administrators.require();
        return showPartner(model, find(code), Map.of());
    }

    @PostMapping("/partners/{code}/representatives")
    String addRepresentative(@PathVariable String code, Actor actor, @RequestParam(defaultValue = "") String formKey,
                             @RequestParam(required = false) @Nullable String person, Model model,
                             HttpServletResponse response) {
        Administrators.require();
        PartnerSummary partner = find(code);
        if (person == null || person.isBlank()) {
            return refused(model, partner, response, "person", "partners.problem.person");
        }
        return command(model, partner, response, "person",
                () -> once.carriedOut(new AddRepresentative(partner.partnerId(), PersonId.of(person), actor), formKey, "/partners"));
    }

    @PostMapping("/partners/{code}/representatives/{person}/removal")
    String removeRepresentative(@PathVariable String code, @PathVariable String person, Actor actor,
                                @RequestParam(defaultValue = "") String formKey, Model model,
                                HttpServletResponse response) {
        Administrators.require();
        PartnerSummary partner = find(code);
        return command(model, partner, response, "representatives",
                () -> once.carriedOut(new RemoveRepresentative(partner.partnerId(), PersonId.of(person), actor), formKey, "/partners"));
    }

    /** Before a partner leaves: what leaving means for it and its cases, in plain words, and a confirmation. */
    @GetMapping("/partners/{code}/leaving")
    String confirmLeaving(@PathVariable String code, Model model) {
        Administrators.require();
        model.addAttribute("partner", find(code));
        model.addAttribute("formKey", OncePerForm.newKey());
        return "partner-leaving";
    }

    @PostMapping("/partners/{code}/leaving")
    String leave(@PathVariable String code, Actor actor, @RequestParam(defaultValue = "") String formKey, Model model,
                 HttpServletResponse response) {
        Administrators.require();
        PartnerSummary partner = find(code);
        return command(model, partner, response, "leaving",
                () -> once.carriedOut(new LeaveRoundTable(partner.partnerId(), actor), formKey, "/partners"));
    }

    /**
     * Gives a command on the partner and goes back to its page; a refusal by the partner's rules (it has left, the
     * person represents it already) is shown in words on its page next to the part it concerns.
     */
    private String command(Model model, PartnerSummary partner, HttpServletResponse response, String field,
                           java.util.function.BooleanSupplier send) {
        try {
            if (!send.getAsBoolean()) {
                return refused(model, partner, response, field, "admin.problem.form");
            }
            return "redirect:/partners/" + partner.partnerId().value();
        } catch (RuntimeException failure) {
            var rule = TryAgain.causeOf(failure, RuleViolation.class).map(RuleViolation::code)
                    .or(() -> TryAgain.causeOf(failure, UnknownItem.class).map(UnknownItem::code));
            if (rule.isEmpty()) {
                throw failure; // not allowed: the error page says so
            }
            return refused(model, partner, response, field, "partners.problem." + rule.get());
        }
    }

    private String refused(Model model, PartnerSummary partner, HttpServletResponse response, String field,
                           String problem) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return showPartner(model, find(partner.partnerId().value()), Map.of(field, problem));
    }

    private String showPartner(Model model, PartnerSummary partner, Map<String, String> problems) {
        List<PersonSummary> people = queries.query(new FindPeople(), ResponseTypes.multipleInstancesOf(PersonSummary.class)).join();
        model.addAttribute("partner", partner);
        // Those who may be named: the partner's own people with an open account, not named yet.
        model.addAttribute("candidates", people.stream()
                .filter(person -> person.active() && person.partner().equals(partner.partnerId())
                        && !partner.representatives().contains(person.username()))
                .toList());
        model.addAttribute("names", names(people));
        model.addAttribute("formKey", OncePerForm.newKey());
        model.addAttribute("problems", problems);
        return "partner";
    }

    private static String showRegistration(Model model, Registration form, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("sectors", Sector.values());
        return "partner-new";
    }

    private List<PartnerSummary> partners() {
        return queries.query(new FindPartners(), ResponseTypes.multipleInstancesOf(PartnerSummary.class)).join();
    }

    private PartnerSummary find(String code) {
        PartnerId partnerId;
        try {
            partnerId = PartnerId.of(code);
        } catch (InvalidValue invalid) {
            throw new UnknownItem("unknown-partner", "there is no such partner");
        }
        return queries.query(new FindPartner(partnerId), ResponseTypes.optionalInstanceOf(PartnerSummary.class))
                .join()
                .orElseThrow(() -> new UnknownItem("unknown-partner", "there is no such partner"));
    }

    /** Each person's name by user name, to show a representative as more than a user name. */
    private static Map<String, String> names(List<PersonSummary> people) {
        Map<String, String> names = new LinkedHashMap<>();
        people.forEach(person -> names.put(person.username().value(), person.displayName()));
        return names;
    }
}
