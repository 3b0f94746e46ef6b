package com.loyaltyledger.api.card;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** A field of a record that operators edit field by field ({@link CardField}, {@link CardGroupField}). */
public interface EditableField<D> {

    String apiName();

    Object get(D details);

    /** The field's value as people read it in a history; absent as null. */
    default String display(D details) {
        Object value = get(details);
        if (value instanceof BigDecimal decimal) {
            return Multipliers.display(decimal);
        }
        return value == null ? null : value.toString();
    }

    /** Those of {@code fields} whose values in {@code current} and {@code requested} differ, in declared order. */
    static <D, F extends Enum<F> & EditableField<D>> List<F> changed(Collection<F> fields, D current,
                                                                     D requested) {
        return fields.stream()
                .filter(field -> !Objects.equals(field.get(current), field.get(requested)))
                .sorted()
                .toList();
    }

    /** The field with this API name among {@code fields}, or null when there is none. */
    static <F extends EditableField<?>> F byApiName(F[] fields, String apiName) {
        for (F field : fields) {
            if (field.apiName().equals(apiName)) {
                return field;
            }
        }
        return null;
    }
}
