package org.roundtable.core.common;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * Hamcrest matchers for the domain's refusals, for Axon's {@code expectException(Matcher)}: a refusal is
 * identified by its kind and its {@link DomainException#code() code}, which is not a JavaBean property.
 */
public final class Refusals {

    private Refusals() {
    }

    /** A refusal of this kind, naming the rule by this code, such as {@code refusal(RuleViolation.class, "case-not-open")}. */
    public static Matcher<Throwable> refusal(Class<? extends DomainException> kind, String code) {
        return new TypeSafeDiagnosingMatcher<>(Throwable.class) {

            @Override
            protected boolean matchesSafely(Throwable actual, Description mismatch) {
                if (!kind.isInstance(actual)) {
                    mismatch.appendText("was ").appendValue(actual);
                    return false;
                }
                String actualCode = ((DomainException) actual).code();
                if (!code.equals(actualCode)) {
                    mismatch.appendText("was a " + kind.getSimpleName() + " with code ").appendValue(actualCode);
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind.getSimpleName() + " with code ").appendValue(code);
            }
        };
    }
}
