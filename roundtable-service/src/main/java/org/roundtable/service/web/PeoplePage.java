package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.core.people.DeactivateAccount;
import org.roundtable.core.people.GrantRole;
import org.roundtable.core.people.OpenAccount;
import org.roundtable.core.people.RevokeRole;
import org.roundtable.projections.directory.FindPartners;
import org.roundtable.projections.directory.FindPeople;
import org.roundtable.projections.directory.FindPerson;
import org.roundtable.projections.directory.PartnerSummary;
import org.roundtable.projections.directory.PersonSummary;
import org.roundtable.service.faults.TryAgain;
import org.roundtable.service.identity.AccessTokens;
import org.roundtable.service.identity.Administrators;
import org.roundtable.service.identity.LocalAccounts;
import org.roundtable.service.identity.secrets.WeakPassword;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people who act for the partners, for administrators: the list, opening an account, and one person's page:
 * their roles (grant, revoke), a new password, a new second factor, deactivating the account; through the
 * queries, commands and account calls of the API's {@code /api/people}, tokens forgotten or revoked as there.
 * No case data is shown, so, like the API's directory reads, these looks are not access records.
 * <p>
 * Commands carry the form's key ({@link OncePerForm}); opening an account is also kept once by its natural key,
 * the user name. A new password is the same password when sent twice. A new second factor is not a command:
 * its form's key is remembered in the session, so that a resubmitted form does not replace the secret that
 * was just shown.
 */
@Controller
class PeoplePage {

    private static final String SECOND_FACTORS_DONE = PeoplePage.class.getName() + ".secondFactorsDone";

    private final QueryGateway queries;
    private final OncePerForm once;
    private final LocalAccounts accounts;
    private final AccessTokens tokens;

    PeoplePage(QueryGateway queries, OncePerForm once, LocalAccounts accounts, AccessTokens tokens) {
        this.queries = queries;
        this.once = once;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** What the administrator typed to open an account, shown again with the problems (never the password). */
    record Opening(String formKey, @Nullable String username, @Nullable String displayName, @Nullable String partner,
                   Set<String> roles) { }

    @GetMapping("/people")
    String list(Model model) {
        Administrators.require();
        model.addAttribute("people", people());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("withSecondFactor", accounts.withSecondFactor().stream().map(PersonId::value).toList());
        return "people";
    }

    @GetMapping("/people/new")
    String openingForm(Model model) {
        Administrators.require();
        return showOpening(model, new Opening(OncePerForm.newKey(), null, null, null, Set.of()), Map.of());
    }

    @PostMapping("/people")
    String open(Actor actor, @RequestParam(defaultValue = "") String formKey,
                @RequestParam(required = false) @Nullable String username,
                @RequestParam(required = false) @Nullable String displayName,
                @RequestParam(required = false) @Nullable String partner,
                @RequestParam(required = false) @Nullable List<String> roles,
                @RequestParam(required = false) @Nullable String password, Model model, HttpServletResponse response) {
        Administrators.require();
        Opening form = new Opening(formKey, username, displayName, partner, roles == null ? Set.of() : Set.copyOf(roles));
        Map<String, String> problems = new LinkedHashMap<>();
        PersonId person = null;
        try {
            person = PersonId.of(username);
        } catch (InvalidValue invalid) {
            problems.put("username", "people.problem.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > OpenAccount.MAX_DISPLAY_NAME_LENGTH) {
            problems.put("displayName", "people.problem.displayName");
        }
        PartnerId partnerId = null;
        try {
            partnerId = PartnerId.of(partner);
        } catch (InvalidValue invalid) {
            problems.put("partner", "people.problem.partner");
        }
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        try {
            form.roles().forEach(role -> chosen.add(Role.valueOf(role)));
        } catch (IllegalArgumentException tampered) {
            problems.put("form", "admin.problem.form");
        }
        try {
            accounts.checkPassword(person == null ? PersonId.of("-") : person, password);
        } catch (WeakPassword weak) {
            problems.put("password", "people.problem.password");
        }
        if (problems.isEmpty()) {
            try {
                if (once.carriedOut(new OpenAccount(person, partnerId, displayName, chosen, actor), formKey, "/people")) {
                    // Also when the form was sent before: a first attempt may have opened the account and no more.
                    accounts.setPassword(person, password);
                    return "redirect:/people/" + person.value();
                }
                problems.put("form", "admin.problem.form");
            } catch (RuntimeException failure) {
                if (TryAgain.causeOf(failure, AggregateStreamCreationException.class).isPresent()) {
                    problems.put("username", "people.problem.taken");
                } else {
                    var rule = TryAgain.causeOf(failure, RuleViolation.class);
                    if (rule.isEmpty()) {
                        throw failure;
                    }
                    problems.put("partner", "people.problem." + rule.get().code());
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showOpening(model, form, problems);
    }

    @GetMapping("/people/{username}")
    String person(@PathVariable String username, Model model) {
        Administrators.require();
        return showPerson(model, find(username), Map.of());
    }

    @PostMapping("/people/{username}/roles")
    String grant(@PathVariable String username, Actor actor, @RequestParam(defaultValue = "") String formKey,
                 @RequestParam(required = false) @Nullable String role, Model model, HttpServletResponse response) {
        Administrators.require();
        PersonSummary person = find(username);
        Role granted;
        try {
            granted = Role.valueOf(role == null ? "" : role);
        } catch (IllegalArgumentException missing) {
            return refused(model, person, response, "role", "people.problem.role");
        }
        return command(model, person, response, "role", () -> once.carriedOut(new GrantRole(person.username(), granted, actor), formKey, "/people"));
    }

    @PostMapping("/people/{username}/roles/{role}/revocation")
    String revoke(@PathVariable String username, @PathVariable Role role, Actor actor,
                  @RequestParam(defaultValue = "") String formKey, Model model, HttpServletResponse response) {
        Administrators.require();
        PersonSummary person = find(username);
        return command(model, person, response, "roles", () -> once.carriedOut(new RevokeRole(person.username(), role, actor), formKey, "/people"));
    }

    /** Before deactivating: what it means, and a confirmation. */
    @GetMapping("/people/{username}/deactivation")
    String confirmDeactivation(@PathVariable String username, Model model) {
        Administrators.require();
        model.addAttribute("someone", find(username));
        model.addAttribute("formKey", OncePerForm.newKey());
        return "person-deactivation";
    }

    @PostMapping("/people/{username}/deactivation")
    String deactivate(@PathVariable String username, Actor actor, @RequestParam(defaultValue = "") String formKey,
                      Model model, HttpServletResponse response) {
        Administrators.require();
        PersonSummary person = find(username);
        return command(model, person, response, "deactivation", () -> {
            boolean sent = once.carriedOut(new DeactivateAccount(person.username(), actor), formKey, "/people");
            tokens.revokeAll(person.username());
            return sent;
        });
    }

    @PostMapping("/people/{username}/password")
    String newPassword(@PathVariable String username, @RequestParam(required = false) @Nullable String password,
                       Model model, HttpServletResponse response) {
        Administrators.require();
        PersonSummary person = find(username);
        if (!person.active()) {
            return refused(model, person, response, "password", "people.problem.account-deactivated");
        }
        try {
            accounts.setPassword(person.username(), password);
        } catch (WeakPassword weak) {
            return refused(model, person, response, "password", "people.problem.password");
        }
        tokens.revokeAll(person.username());
        model.addAttribute("done", "people.done.password");
        return showPerson(model, person, Map.of());
    }

    /** Before a new second factor: that the old one stops working, and a confirmation. */
    @GetMapping("/people/{username}/second-factor")
    String confirmSecondFactor(@PathVariable String username, Model model) {
        Administrators.require();
        model.addAttribute("someone", find(username));
        model.addAttribute("formKey", OncePerForm.newKey());
        return "person-second-factor";
    }

    @PostMapping("/people/{username}/second-factor")
    String newSecondFactor(@PathVariable String username, @RequestParam(defaultValue = "") String formKey,
                           HttpSession session, Model model, HttpServletResponse response) {
        Administrators.require();
        PersonSummary person = find(username);
        if (!person.active()) {
            return refused(model, person, response, "secondFactor", "people.problem.account-deactivated");
        }
        @SuppressWarnings("unchecked")
        Set<String> done = (Set<String>) session.getAttribute(SECOND_FACTORS_DONE);
        if (done == null) {
            done = new HashSet<>();
        }
        model.addAttribute("someone", person);
        if (!done.add(formKey)) {
            model.addAttribute("repeated", true); // the secret was shown once: a resubmission does not replace it
            return "person-second-factor-set";
        }
        session.setAttribute(SECOND_FACTORS_DONE, done);
        try {
            model.addAttribute("otpauthUri", accounts.newSecondFactor(person.username()));
        } catch (RuleViolation noLocalAccount) {
            return refused(model, person, response, "secondFactor", "people.problem." + noLocalAccount.code());
        }
        response.setHeader("Cache-Control", "no-store");
        return "person-second-factor-set";
    }

    private String command(Model model, PersonSummary person, HttpServletResponse response, String field,
                           java.util.function.BooleanSupplier send) {
        try {
            if (!send.getAsBoolean()) {
                return refused(model, person, response, field, "admin.problem.form");
            }
        } catch (RuntimeException failure) {
            var rule = TryAgain.causeOf(failure, RuleViolation.class);
            if (rule.isEmpty()) {
                throw failure; // not allowed: the error page says so
            }
            return refused(model, person, response, field, "people.problem." + rule.get().code());
        }
        tokens.forget(person.username());
        return "redirect:/people/" + person.username().value();
    }

    private String refused(Model model, PersonSummary person, HttpServletResponse response, String field, String problem) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return showPerson(model, find(person.username().value()), Map.of(field, problem));
    }

    private String showPerson(Model model, PersonSummary person, Map<String, String> problems) {
        model.addAttribute("someone", person);
        model.addAttribute("secondFactor", accounts.withSecondFactor().contains(person.username()));
        model.addAttribute("grantable", EnumSet.complementOf(roleSet(person.roles())));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("formKey", OncePerForm.newKey());
        model.addAttribute("problems", problems);
        return "person";
    }

    private String showOpening(Model model, Opening form, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("partners", queries.query(new FindPartners(), ResponseTypes.multipleInstancesOf(PartnerSummary.class))
                .join().stream().filter(PartnerSummary::active).toList());
        return "person-new";
    }

    private static EnumSet<Role> roleSet(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private List<PersonSummary> people() {
        return queries.query(new FindPeople(), ResponseTypes.multipleInstancesOf(PersonSummary.class)).join();
    }

    private PersonSummary find(String username) {
        PersonId person;
        try {
            person = PersonId.of(username);
        } catch (InvalidValue invalid) {
            throw new UnknownItem("unknown-person", "there is no such person");
        }
        return queries.query(new FindPerson(person), ResponseTypes.optionalInstanceOf(PersonSummary.class))
                .join()
                .orElseThrow(() -> new UnknownItem("unknown-person", "there is no such person"));
    }
}
