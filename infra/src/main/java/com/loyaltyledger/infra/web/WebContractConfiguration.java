package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.StorableValues;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The input contract of the API's query strings and paths ({@link RequestContract}), and moments and days in them
 * read the way bodies read them: ISO-8601, within the years 1 to 9999 (a 400 naming the parameter otherwise).
 */
@Configuration(proxyBeanMethods = false)
public class WebContractConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestContract()).addPathPatterns("/api/**");
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Instant.class, text -> {
            Instant moment = Instant.parse(text.strip());
            if (StorableValues.instantProblem(moment) != null) {
                throw new IllegalArgumentException(StorableValues.instantProblem(moment));
            }
            return moment;
        });
        registry.addConverter(String.class, LocalDate.class, text -> {
            LocalDate day = LocalDate.parse(text.strip());
            if (StorableValues.dateProblem(day) != null) {
                throw new IllegalArgumentException(StorableValues.dateProblem(day));
            }
            return day;
        });
    }
}
