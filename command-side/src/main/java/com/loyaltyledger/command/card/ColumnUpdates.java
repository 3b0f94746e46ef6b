package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.EditableField;
import com.loyaltyledger.command.common.Jdbc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes the changed fields of a "details changed" event into the columns of a command-side table. */
final class ColumnUpdates {

    private ColumnUpdates() {
    }

    /**
     * Sets, in one statement, the column of each changed field that has one in {@code columns}; fields without a
     * column are not kept in that table.
     */
    static <D, F extends EditableField<D>> void apply(Jdbc jdbc, String table, String keyColumn, String key,
                                                      List<F> changed, D after, Map<F, String> columns) {
        List<String> assignments = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (F field : changed) {
            String column = columns.get(field);
            if (column != null) {
                assignments.add(column + " = ?");
                Object value = field.get(after);
                values.add(value instanceof Enum<?> constant ? constant.name() : value);
            }
        }
        if (assignments.isEmpty()) {
            return;
        }
        values.add(key);
        jdbc.update("update " + table + " set " + String.join(", ", assignments) + " where " + keyColumn + " = ?",
                values.toArray());
    }
}
