package org.roundtable.service.web;

import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.service.identity.Member;
import org.roundtable.service.identity.Members;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Map;

/** Every page knows who is logged in, if anyone, and what their menu offers them. */
@ControllerAdvice(basePackageClasses = WhoIsHere.class)
class WhoIsHere {

    @ModelAttribute
    void person(Model model) {
        model.addAllAttributes(attributes());
    }

    /** Who is logged in and what their menu offers, for a page's model; empty when nobody is. */
    static Map<String, Object> attributes() {
        Member member;
        try {
            member = Members.current();
        } catch (IllegalStateException nobody) {
            return Map.of();
        }
        return Map.of("person", member.person().value(),
                "partner", member.partner().value(),
                "mayRaise", member.roles().contains(Role.PARTNER),
                "maySeeFigures", NeedToKnow.seesStatistics(member.reader()),
                "chairs", member.roles().contains(Role.CHAIR),
                "maySeeReciprocity", NeedToKnow.seesReciprocity(member.reader()),
                "mayAdminister", member.roles().contains(Role.ADMIN),
                "maySeeSessions", NeedToKnow.seesSessions(member.reader()));
    }
}
