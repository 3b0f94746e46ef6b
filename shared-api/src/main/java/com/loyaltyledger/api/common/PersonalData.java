package com.loyaltyledger.api.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component as personal data of the event's {@link DataSubject}. Such values are stored in the
 * event store encrypted with that subject's own key, and become unreadable everywhere once the key is erased
 * (crypto-shredding). A component whose type is a record is searched for marked components in turn.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {
}
