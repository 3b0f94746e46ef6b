package com.loyaltyledger.infra.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}): what failed before Spring MVC could answer (a request the servlet
 * container refused after reading it, an error sent by a filter) as a problem with a code, in place of Spring Boot's
 * own error document.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object statusCode = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = failure instanceof RequestRejectedException ? 400
                : statusCode instanceof Integer code ? code : 404;
        String code = failure instanceof RequestRejectedException ? ContainerErrors.REJECTED
                : ContainerErrors.code(status);
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ApiProblem.of(known == null ? HttpStatus.BAD_REQUEST : known, code,
                ContainerErrors.detail(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            problem.setInstance(ApiProblem.instance(path));
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
