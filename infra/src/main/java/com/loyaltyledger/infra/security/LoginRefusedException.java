package com.loyaltyledger.infra.security;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;

/**
 * A login attempt refused before its password was looked at: too many failures (429) or no capacity to check
 * passwords right now (503). Carries the problem's code and when to try again, for every way of logging in.
 */
public class LoginRefusedException extends AuthenticationException {

    private final HttpStatus status;
    private final String code;
    private final Duration retryAfter;

    LoginRefusedException(HttpStatus status, String code, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static LoginRefusedException throttled(Duration retryAfter) {
        return new LoginRefusedException(HttpStatus.TOO_MANY_REQUESTS, "auth.throttled",
                "Too many failed logins; try again later", retryAfter);
    }

    static LoginRefusedException busy() {
        return new LoginRefusedException(HttpStatus.SERVICE_UNAVAILABLE, "auth.busy",
                "Too many logins are being checked right now; try again in a moment", Duration.ofSeconds(1));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Whole seconds, at least one, as the {@code Retry-After} header wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
