package com.loyaltyledger.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import com.loyaltyledger.api.common.FieldError;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem details from servlet filters, which run before Spring MVC's exception handling. */
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(ApiProblem.instance(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    void badHeader(HttpServletRequest request, HttpServletResponse response, String header, String message)
            throws IOException {
        write(request, response, ApiProblem.of(HttpStatus.BAD_REQUEST, "validation.failed", message,
                List.of(new FieldError(header, message)), Map.of()));
    }
}
