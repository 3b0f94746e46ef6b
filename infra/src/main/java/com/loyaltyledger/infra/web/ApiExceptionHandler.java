package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.ErrorDetails;
import com.loyaltyledger.api.common.FieldError;
import com.loyaltyledger.infra.axon.CommandRetryScheduler;
import io.grpc.StatusRuntimeException;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every failure becomes a problem-details answer with a stable {@code code}. Exception types map to codes;
 * messages are never parsed. Anything unexpected is a 500 with no internals in the body, and is logged.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e, HttpServletRequest request) {
        return at(request, ErrorDetails.of(e));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e, HttpServletRequest request) {
        return e.getDetails()
                .filter(ErrorDetails.class::isInstance)
                .map(details -> at(request, (ErrorDetails) details))
                .orElseGet(() -> unexpected(e, request));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrent(ConcurrencyException e, HttpServletRequest request) {
        return at(request, ApiProblem.of(HttpStatus.CONFLICT, CommonError.CONCURRENT_MODIFICATION.code(),
                "Someone else changed this at the same moment; repeat the request"));
    }

    /**
     * A command that no instance could take, or whose instance went away while handling it, after the gateway's
     * retries (see {@link CommandRetryScheduler}): a retryable 503 that says whether anything may have happened.
     */
    @ExceptionHandler({NoHandlerForCommandException.class, CommandDispatchException.class, AxonServerException.class,
            StatusRuntimeException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e, HttpServletRequest request) {
        log.warn("{} {} could not be completed: {}", request.getMethod(), request.getRequestURI(), e.toString());
        ProblemDetail problem = CommandRetryScheduler.classify(e) == CommandRetryScheduler.Failure.OUTCOME_UNKNOWN
                ? ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "service.outcome_unknown", "The instance handling "
                        + "this went away before it answered: it may or may not have been done. Look before repeating "
                        + "it; a request with a transaction id or receipt id can simply be repeated")
                : ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "service.unavailable",
                        "No instance could take this just now; nothing was done. Repeat the request");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(at(request, problem));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        // the Jackson failure names the field even when a value parser (e.g. of a duration) failed beneath it
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof StreamReadException broken) {
            // where the parser stopped: a key given twice, a broken value
            String field = JsonPaths.of(broken);
            return at(request, ApiProblem.of(HttpStatus.BAD_REQUEST, CommonError.MALFORMED_REQUEST.code(),
                    "The request body is not well-formed JSON" + (field.equals("body") ? "" : " at " + field),
                    field.equals("body") ? List.of() : List.of(new FieldError(field, "not well-formed here (a key "
                            + "given twice, a broken value)")), Map.of()));
        }
        if (!(cause instanceof JacksonException jackson)) {
            return at(request, ApiProblem.of(HttpStatus.BAD_REQUEST, CommonError.MALFORMED_REQUEST.code(),
                    "The request body is missing or is not well-formed JSON"));
        }
        return at(request, invalidJson(jackson));
    }

    /** A body that is JSON but does not fit the expected shape: the offending field, by its path. */
    public static ProblemDetail invalidJson(JacksonException e) {
        String field = JsonPaths.of(e);
        String message = e instanceof UnrecognizedPropertyException
                ? "unknown field"
                : "has the wrong type or format";
        return ApiProblem.of(HttpStatus.BAD_REQUEST, CommonError.VALIDATION_FAILED.code(),
                "Field " + field + " " + message, List.of(new FieldError(field, message)), Map.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String message = "has the wrong type or format";
        return at(request, ApiProblem.of(HttpStatus.BAD_REQUEST, CommonError.VALIDATION_FAILED.code(),
                "Parameter " + e.getName() + " " + message, List.of(new FieldError(e.getName(), message)),
                Map.of()));
    }

    /** Tomcat could not decode the query string: a broken %-escape, or bytes that are not UTF-8. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodableParameters(InvalidParameterException e, HttpServletRequest request) {
        String message = "the query string is not well-formed: each %-escape needs two hexadecimal digits and the "
                + "bytes must be UTF-8";
        return at(request, ApiProblem.of(HttpStatus.BAD_REQUEST, CommonError.VALIDATION_FAILED.code(),
                "The " + message, List.of(new FieldError("query", message)), Map.of()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return at(request, ApiProblem.of(HttpStatus.BAD_REQUEST, CommonError.VALIDATION_FAILED.code(),
                "Parameter " + e.getParameterName() + " is required",
                List.of(new FieldError(e.getParameterName(), "is required")), Map.of()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return at(request, ApiProblem.of(HttpStatus.BAD_REQUEST, CommonError.VALIDATION_FAILED.code(),
                "Header " + e.getHeaderName() + " is required",
                List.of(new FieldError(e.getHeaderName(), "is required")), Map.of()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException e, HttpServletRequest request) {
        return at(request, ApiProblem.of(HttpStatus.NOT_FOUND, CommonError.NOT_FOUND.code(),
                "There is nothing at " + request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return at(request, ApiProblem.of(HttpStatus.METHOD_NOT_ALLOWED, "request.method_not_allowed",
                e.getMethod() + " is not supported here"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return at(request, ApiProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.unsupported_media_type",
                "Send JSON (Content-Type: application/json)"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return at(request, ApiProblem.of(HttpStatus.NOT_ACCEPTABLE, "request.not_acceptable",
                "This resource answers with JSON only"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
        return at(request, ApiProblem.of(HttpStatus.FORBIDDEN, "access.denied",
                "Your role does not allow this"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        if (uniqueViolation(e)) {
            // a safety net: each feature turns its own unique keys into codes of its own (card.number_taken, ...)
            log.warn("A unique key refused {} {} without a code of its own", request.getMethod(),
                    request.getRequestURI(), e);
            return at(request, ApiProblem.of(HttpStatus.CONFLICT, CommonError.DUPLICATE.code(),
                    "Something with the same unique value was just created; look it up, or repeat with another"));
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return at(request, ApiProblem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "Something went wrong on our side; the request id tells us where to look"));
    }

    /** SQLSTATE 23505 anywhere in the chain, batch entries included; the same code in PostgreSQL and H2. */
    private static boolean uniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException s ? s : null; sql != null;
                 sql = sql.getNextException()) {
                if ("23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ProblemDetail at(HttpServletRequest request, ErrorDetails details) {
        return at(request, ApiProblem.of(ApiProblem.status(details.category()), details.code(), details.message(),
                details.fieldErrors(), details.parameters()));
    }

    private static ProblemDetail at(HttpServletRequest request, ProblemDetail problem) {
        problem.setInstance(ApiProblem.instance(request.getRequestURI()));
        return problem;
    }
}
