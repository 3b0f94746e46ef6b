package com.loyaltyledger.infra.privacy;

import com.loyaltyledger.api.common.DataSubject;
import com.loyaltyledger.api.common.PersonalData;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a record type carries personal data: the JSON paths of its {@link PersonalData} components (looking into
 * nested records) and the component naming the {@link DataSubject}. Worked out once per type.
 */
record PersonalDataModel(String subjectField, List<List<String>> paths) {

    private static final PersonalDataModel NONE = new PersonalDataModel(null, List.of());
    private static final Map<Class<?>, PersonalDataModel> MODELS = new ConcurrentHashMap<>();

    static PersonalDataModel of(Class<?> type) {
        return MODELS.computeIfAbsent(type, PersonalDataModel::build);
    }

    boolean carriesPersonalData() {
        return !paths.isEmpty();
    }

    private static PersonalDataModel build(Class<?> type) {
        if (!type.isRecord()) {
            return NONE;
        }
        List<List<String>> paths = new ArrayList<>();
        collect(type, List.of(), paths);
        if (paths.isEmpty()) {
            return NONE;
        }
        String subject = null;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(DataSubject.class)) {
                subject = component.getName();
            }
        }
        if (subject == null) {
            throw new IllegalStateException(type.getName() + " carries @PersonalData but names no @DataSubject");
        }
        return new PersonalDataModel(subject, List.copyOf(paths));
    }

    private static void collect(Class<?> type, List<String> prefix, List<List<String>> paths) {
        for (RecordComponent component : type.getRecordComponents()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(component.getName());
            if (component.isAnnotationPresent(PersonalData.class)) {
                paths.add(List.copyOf(path));
            } else if (component.getType().isRecord() && component.getType() != type) {
                collect(component.getType(), path, paths);
            }
        }
    }
}
