package com.loyaltyledger.command.card;

/** Which card groups exist; consistent with the event store because both commit in one transaction. */
@FunctionalInterface
public interface CardGroupDirectory {

    boolean exists(String cardGroupId);
}
