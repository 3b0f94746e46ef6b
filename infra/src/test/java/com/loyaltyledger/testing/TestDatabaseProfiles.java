package com.loyaltyledger.testing;

import org.springframework.test.context.ActiveProfilesResolver;

/** Runs integration tests in the {@code postgres} profile whenever {@link TestDatabase} is PostgreSQL. */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return TestDatabase.get().isPostgres() ? new String[]{"postgres"} : new String[0];
    }
}
