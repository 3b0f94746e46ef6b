package com.loyaltyledger.api.common;

/**
 * A stable, documented error code such as {@code client.not_found}. Each feature declares its codes in
 * an enum implementing this interface; callers may rely on the code, never on the message.
 */
public interface ErrorCode {

    String code();

    ErrorCategory category();
}
