package com.loyaltyledger.api.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a value must be for every store of the product to hold it: the one rule that the web edge applies to bodies,
 * query parameters, path variables and headers, and that the command bus applies again to every command, so that
 * nothing reaches an event that a projection could not write.
 * <ul>
 *     <li>Text has no NUL, no other C0 control character than tab, line feed and carriage return, no DEL, and no
 *     unpaired UTF-16 surrogate: PostgreSQL text cannot hold NUL and stores a lone surrogate as {@code ?}.</li>
 *     <li>Moments and days lie in the years 1 to 9999, which PostgreSQL, H2 and ISO-8601 text all hold.</li>
 * </ul>
 */
public final class StorableValues {

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    /** Deeper than any command or body of the product; stops a walk over a structure that refers to itself. */
    private static final int MAX_DEPTH = 32;
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private StorableValues() {
    }

    /** Why the text cannot be stored, or null when it can. */
    public static String textProblem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "contains a NUL character";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return "contains the control character U+" + String.format("%04X", (int) c);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return "contains an unpaired surrogate";
                }
            } else if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate";
            }
        }
        return null;
    }

    /** The text with every character the rule refuses replaced by {@code ?}, for messages about bad input. */
    public static String scrub(String text) {
        if (textProblem(text) == null) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(textProblem(String.valueOf(c)) == null ? c : '?');
            }
        }
        return clean.toString();
    }

    public static String instantProblem(Instant moment) {
        return moment.isBefore(EARLIEST) || moment.isAfter(LATEST) ? "lies outside the years 1 to 9999" : null;
    }

    public static String dateProblem(LocalDate day) {
        return day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY) ? "lies outside the years 1 to 9999" : null;
    }

    /**
     * The first value in {@code value} that cannot be stored, named by its path ({@code lines[2].name}), walking
     * records by their components, lists, sets and arrays by index, maps by key (keys are checked too) and
     * optionals.
     */
    public static Optional<FieldError> firstProblem(Object value, String path) {
        return Optional.ofNullable(walk(value, path, 0));
    }

    private static FieldError walk(Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return null;
        }
        String problem = switch (value) {
            case CharSequence text -> textProblem(text);
            case Instant moment -> instantProblem(moment);
            case LocalDate day -> dateProblem(day);
            default -> null;
        };
        if (problem != null) {
            return error(path, problem);
        }
        if (value instanceof Optional<?> optional) {
            return walk(optional.orElse(null), path, depth + 1);
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                FieldError found = walk(item, path + "[" + index++ + "]", depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Object[] items) {
            for (int i = 0; i < items.length; i++) {
                FieldError found = walk(items[i], path + "[" + i + "]", depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Map<?, ?> entries) {
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                if (entry.getKey() instanceof CharSequence key && textProblem(key) != null) {
                    return error(path, "has a key that " + textProblem(key));
                }
                FieldError found = walk(entry.getValue(), join(path, String.valueOf(entry.getKey())), depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : COMPONENTS.get(value.getClass())) {
                FieldError found = walk(read(component, value), join(path, component.getName()), depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static String join(String path, String name) {
        return path == null || path.isEmpty() ? name : path + "." + name;
    }

    private static FieldError error(String path, String problem) {
        String field = path == null || path.isEmpty() ? "body" : path;
        return new FieldError(field, field + " " + problem);
    }

    /** A refusal of the first unstorable value, as the 400 {@code validation.failed} that names it. */
    public static void requireStorable(Object value, String path) {
        firstProblem(value, path).ifPresent(error -> {
            throw new DomainException(CommonError.VALIDATION_FAILED, error.message(), List.of(error),
                    Map.of());
        });
    }
}
