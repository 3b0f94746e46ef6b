package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.Channel;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the request's channel ({@code X-Channel}) and correlation id ({@code X-Request-Id}, generated when
 * absent and echoed back), and the authenticated user, for the metadata of the commands the request sends.
 * Runs after authentication. A bad header is answered with a 400 before anything happens.
 */
public class RequestMetadataFilter extends OncePerRequestFilter {

    public static final String CHANNEL_HEADER = "X-Channel";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private static final Pattern REQUEST_ID = Pattern.compile("^[A-Za-z0-9._:\\-]{1,100}$");

    private final ProblemWriter problems;

    public RequestMetadataFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = request.getHeader(REQUEST_ID_HEADER);
        if (requestId == null || requestId.isBlank()) {
            requestId = UUID.randomUUID().toString();
        } else if (!REQUEST_ID.matcher(requestId).matches()) {
            problems.badHeader(request, response, REQUEST_ID_HEADER,
                    "X-Request-Id must be 1-100 letters, digits or . _ : -");
            return;
        }
        response.setHeader(REQUEST_ID_HEADER, requestId);
        Channel channel;
        try {
            channel = channel(request.getHeader(CHANNEL_HEADER));
        } catch (IllegalArgumentException e) {
            problems.badHeader(request, response, CHANNEL_HEADER,
                    "X-Channel must be one of API, BACK_OFFICE, POS, IMPORT");
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null ? null : authentication.getName();
        request.setAttribute(RequestMetadata.ATTRIBUTE, new RequestMetadata(actor, channel, requestId));
        chain.doFilter(request, response);
    }

    private static Channel channel(String header) {
        if (header == null || header.isBlank()) {
            return Channel.API;
        }
        Channel channel = Channel.valueOf(header.strip().toUpperCase(Locale.ROOT));
        if (channel == Channel.SYSTEM) {
            // only the product itself acts as SYSTEM
            throw new IllegalArgumentException("SYSTEM");
        }
        return channel;
    }
}
