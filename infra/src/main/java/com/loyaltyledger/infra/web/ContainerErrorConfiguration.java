package com.loyaltyledger.infra.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Errors answered before the API: Tomcat's own refusals go through {@link ProblemErrorReportValve}, and a request
 * Spring Security's HTTP firewall rejects (an encoded or doubled slash, {@code ;} or {@code ..} in the path, a
 * control character in a header) is a 400 problem, not the 401 that the secured error page used to give.
 */
@Configuration(proxyBeanMethods = false)
public class ContainerErrorConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejection) -> problems.write(request, response, ApiProblem.of(
                HttpStatus.BAD_REQUEST, ContainerErrors.REJECTED,
                "The request was refused: its path or headers hold something no request to this API has"));
    }
}
