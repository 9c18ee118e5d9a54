package org.roundtable.projections.testing;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.Reader;

import java.util.Set;

/** Who reads in the projection tests: the people of {@link CaseStory} and the others the rules know. */
public final class Readers {

    public static final Reader CHAIR = new Reader(PersonId.of("chair.anna"), PartnerId.of("city"), Set.of(Role.CHAIR), true);
    public static final Reader OFFICER = partner("officer.bram", "police");
    public static final Reader TEACHER = partner("teacher.carla", "school");
    public static final Reader YOUTH_WORKER = partner("youth.worker", "youth-work");
    public static final Reader REVIEWER = new Reader(PersonId.of("reviewer.rita"), PartnerId.of("city"),
            Set.of(Role.COMPLIANCE), true);
    public static final Reader POLICY = new Reader(PersonId.of("policy.pieter"), PartnerId.of("city"), Set.of(Role.POLICY), true);

    private Readers() {
    }

    public static Reader partner(String person, String partner) {
        return new Reader(PersonId.of(person), PartnerId.of(partner), Set.of(Role.PARTNER), true);
    }

    /** A representative of a partner that has left the round table. */
    public static Reader left(String person, String partner) {
        return new Reader(PersonId.of(person), PartnerId.of(partner), Set.of(Role.PARTNER), false);
    }
}
