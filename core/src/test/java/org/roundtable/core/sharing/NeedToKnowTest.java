package org.roundtable.core.sharing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role, against a case in every relationship to the reader's partner, against an item at every level,
 * protected or not. The expectations are the table below, written from the round table's rules (docs/access.md)
 * and not from the code.
 */
class NeedToKnowTest {

    private static final PartnerId POLICE = PartnerId.of("police");
    private static final PartnerId SCHOOL = PartnerId.of("school");
    private static final PartnerId YOUTH_WORK = PartnerId.of("youth-work");

    /** How the reader's partner stands to the case (raised by the school; police and youth work take part). */
    enum Relationship {
        /** takes part, and owns the item */
        OWNER,
        /** takes part; the item is another partner's */
        PARTICIPANT,
        /** raised the concern, does not take part */
        RAISER,
        /** neither raised it nor takes part */
        OUTSIDER,
        /** took part and owns the item, but has left the round table */
        LEFT
    }

    /**
     * role, relationship: the case access; whether a RED, AMBER_STRICT, AMBER and GREEN item is seen; whether a
     * protected item's source is seen.
     */
    private static final String TABLE = """
            CHAIR       OWNER        CASE_FILE          y y y y   y
            CHAIR       PARTICIPANT  CASE_FILE          y y y y   y
            CHAIR       RAISER       CASE_FILE          y y y y   y
            CHAIR       OUTSIDER     CASE_FILE          y y y y   y
            CHAIR       LEFT         CASE_FILE          y y y y   y
            PARTNER     OWNER        CASE_FILE          y y y y   y
            PARTNER     PARTICIPANT  CASE_FILE          n y y y   n
            PARTNER     RAISER       SCREENING_OUTCOME  n n n n   n
            PARTNER     OUTSIDER     NONE               n n n n   n
            PARTNER     LEFT         NONE               n n n n   y
            COMPLIANCE  OWNER        CASE_FILE          y y y y   y
            COMPLIANCE  PARTICIPANT  CASE_FILE          y y y y   n
            COMPLIANCE  RAISER       CASE_FILE          y y y y   n
            COMPLIANCE  OUTSIDER     CASE_FILE          y y y y   n
            COMPLIANCE  LEFT         CASE_FILE          y y y y   y
            POLICY      OWNER        NONE               n n n n   y
            POLICY      PARTICIPANT  NONE               n n n n   n
            POLICY      RAISER       NONE               n n n n   n
            POLICY      OUTSIDER     NONE               n n n n   n
            POLICY      LEFT         NONE               n n n n   y
            ADMIN       OWNER        NONE               n n n n   y
            ADMIN       PARTICIPANT  NONE               n n n n   n
            ADMIN       RAISER       NONE               n n n n   n
            ADMIN       OUTSIDER     NONE               n n n n   n
            ADMIN       LEFT         NONE               n n n n   y
            """;

    static Stream<Arguments> table() {
        return TABLE.lines().map(String::trim).filter(line -> !line.isEmpty()).map(line -> line.split("\\s+"))
                .map(cells -> Arguments.of(Role.valueOf(cells[0]), Relationship.valueOf(cells[1]),
                        CaseAccess.valueOf(cells[2]),
                        new boolean[] {yes(cells[3]), yes(cells[4]), yes(cells[5]), yes(cells[6])}, yes(cells[7])));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("table")
    void each_role_sees_what_the_table_says(Role role, Relationship relationship, CaseAccess access, boolean[] levels,
                                           boolean protectedSource) {
        Reader reader = reader(role, relationship);
        CaseFacts facts = new CaseFacts(SCHOOL, Set.of(POLICE, YOUTH_WORK));
        PartnerId owner = relationship == Relationship.OWNER || relationship == Relationship.LEFT ? reader.partner() : YOUTH_WORK;

        assertThat(NeedToKnow.access(reader, facts)).isEqualTo(access);
        for (SharingLevel level : SharingLevel.values()) {
            for (boolean sourceProtected : new boolean[] {false, true}) {
                ItemFacts item = new ItemFacts(owner, level, sourceProtected);
                assertThat(NeedToKnow.seesItem(reader, facts, item)).as("%s item, protected %s", level, sourceProtected)
                        .isEqualTo(levels[level.ordinal()]);
                assertThat(NeedToKnow.seesSource(reader, item)).as("%s item's source, protected %s", level, sourceProtected)
                        .isEqualTo(!sourceProtected || protectedSource);
            }
        }
    }

    @Test
    void the_table_covers_every_role_and_every_relationship() {
        assertThat(table().count()).isEqualTo((long) Role.values().length * Relationship.values().length);
        assertThat(Arrays.stream(SharingLevel.values()).map(Enum::name))
                .containsExactly("RED", "AMBER_STRICT", "AMBER", "GREEN");
    }

    @Test
    void a_person_with_several_roles_sees_what_the_widest_of_them_allows() {
        Reader chairAndRepresentative = new Reader(PersonId.of("chris"), PartnerId.of("city"),
                Set.of(Role.CHAIR, Role.PARTNER), true);
        CaseFacts facts = new CaseFacts(SCHOOL, Set.of(POLICE));

        assertThat(NeedToKnow.access(chairAndRepresentative, facts)).isEqualTo(CaseAccess.CASE_FILE);
        assertThat(NeedToKnow.seesItem(chairAndRepresentative, facts, new ItemFacts(POLICE, SharingLevel.RED, true))).isTrue();
    }

    /** role: reads audit trails, states a purpose, sees statistics, sees the reciprocity report. */
    private static final String REPORTS = """
            CHAIR       y n y y
            PARTNER     n n n n
            COMPLIANCE  y y n n
            POLICY      n n y n
            ADMIN       n n n n
            """;

    static Stream<Arguments> reports() {
        return REPORTS.lines().map(String::trim).filter(line -> !line.isEmpty()).map(line -> line.split("\\s+"))
                .map(cells -> Arguments.of(Role.valueOf(cells[0]), yes(cells[1]), yes(cells[2]), yes(cells[3]), yes(cells[4])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void each_role_reads_the_trail_and_the_reports_the_table_says(Role role, boolean trail, boolean purpose,
                                                                   boolean statistics, boolean reciprocity) {
        Reader reader = new Reader(PersonId.of("someone"), POLICE, Set.of(role), true);

        assertThat(NeedToKnow.readsAuditTrail(reader)).as("audit trail").isEqualTo(trail);
        assertThat(NeedToKnow.statesPurpose(reader)).as("states a purpose").isEqualTo(purpose);
        assertThat(NeedToKnow.seesStatistics(reader)).as("statistics").isEqualTo(statistics);
        assertThat(NeedToKnow.seesReciprocity(reader)).as("reciprocity").isEqualTo(reciprocity);
        assertThat(reports().count()).isEqualTo(Role.values().length);
    }

    @Test
    void a_compliance_reviewer_who_is_also_the_chair_needs_no_purpose() {
        Reader both = new Reader(PersonId.of("chris"), PartnerId.of("city"), Set.of(Role.CHAIR, Role.COMPLIANCE), true);

        assertThat(NeedToKnow.statesPurpose(both)).isFalse();
    }

    /** role: sees sessions (while its partner is at the round table), sees them whole, sees them after leaving. */
    private static final String SESSIONS = """
            CHAIR       y y y
            PARTNER     y n n
            COMPLIANCE  y y y
            POLICY      n n n
            ADMIN       n n n
            """;

    static Stream<Arguments> sessions() {
        return SESSIONS.lines().map(String::trim).filter(line -> !line.isEmpty()).map(line -> line.split("\\s+"))
                .map(cells -> Arguments.of(Role.valueOf(cells[0]), yes(cells[1]), yes(cells[2]), yes(cells[3])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void each_role_sees_the_sessions_the_table_says(Role role, boolean sessions, boolean whole, boolean afterLeaving) {
        Reader reader = new Reader(PersonId.of("someone"), POLICE, Set.of(role), true);
        Reader left = new Reader(PersonId.of("someone"), POLICE, Set.of(role), false);

        assertThat(NeedToKnow.seesSessions(reader)).as("sessions").isEqualTo(sessions);
        assertThat(NeedToKnow.seesWholeSession(reader)).as("whole").isEqualTo(whole);
        assertThat(NeedToKnow.seesSessions(left)).as("after its partner left").isEqualTo(afterLeaving);
        assertThat(sessions().count()).isEqualTo(Role.values().length);
    }

    private static Reader reader(Role role, Relationship relationship) {
        PartnerId partner = switch (relationship) {
            case OWNER, PARTICIPANT, LEFT -> POLICE;
            case RAISER -> SCHOOL;
            case OUTSIDER -> PartnerId.of("mental-health");
        };
        return new Reader(PersonId.of("someone"), partner, Set.of(role), relationship != Relationship.LEFT);
    }

    private static boolean yes(String cell) {
        return cell.equals("y");
    }
}
