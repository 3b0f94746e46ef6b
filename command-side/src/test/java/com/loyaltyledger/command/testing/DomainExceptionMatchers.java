package com.loyaltyledger.command.testing;

import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.ErrorCode;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by its stable code, and for input errors by the field it names. */
public final class DomainExceptionMatchers {

    private DomainExceptionMatchers() {
    }

    public static Matcher<DomainException> refusedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.errorCode() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainException with code ").appendValue(code.code());
            }
        };
    }

    public static Matcher<DomainException> invalidField(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.errorCode().code().equals("validation.failed")
                        && e.fieldErrors().stream().anyMatch(error -> error.field().equals(field));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a validation.failed DomainException naming field ").appendValue(field);
            }
        };
    }
}
