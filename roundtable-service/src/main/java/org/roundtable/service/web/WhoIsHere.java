package org.roundtable.service.web;

import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.service.identity.Member;
import org.roundtable.service.identity.Members;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is logged in, if anyone, and what their menu offers them. */
@ControllerAdvice(basePackageClasses = WhoIsHere.class)
class WhoIsHere {

    @ModelAttribute
    void person(Model model) {
        Member member;
        try {
            member = Members.current();
        } catch (IllegalStateException nobody) {
            return;
        }
        model.addAttribute("person", member.person().value());
        model.addAttribute("partner", member.partner().value());
        model.addAttribute("mayRaise", member.roles().contains(Role.PARTNER));
        model.addAttribute("maySeeFigures", NeedToKnow.seesStatistics(member.reader()));
    }
}
