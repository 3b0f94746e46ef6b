package com.loyaltyledger.command.card;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

/** Looks inside the events a fixture published, for checks an equality of events cannot express. */
final class PublishedEvents {

    private PublishedEvents() {
    }

    /** Hands the payloads to {@code check}, whose assertions fail the test. */
    static Matcher<List<EventMessage<?>>> inspect(Consumer<List<Object>> check) {
        return new CustomTypeSafeMatcher<>("events passing the test's checks") {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                check.accept(events.stream().<Object>map(EventMessage::getPayload).toList());
                return true;
            }
        };
    }

    /** Every text inside the payloads, down through records and collections, and their string forms. */
    static List<String> texts(List<Object> payloads) {
        List<String> texts = new ArrayList<>();
        payloads.forEach(payload -> collect(payload, texts));
        return texts;
    }

    private static void collect(Object value, List<String> texts) {
        if (value == null) {
            return;
        }
        texts.add(String.valueOf(value));
        if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, texts));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(value), texts);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read " + component.getName(), e);
                }
            }
        }
    }
}
