package com.loyaltyledger.infra.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Crypto-shredding of personal data in events: the master key, the per-client keys, the event serializer. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    ErasureVacuum erasureVacuum(JdbcTemplate jdbc, Clock clock, DataSource dataSource,
                                @Value("${ledger.privacy.vacuum-interval:60s}") Duration interval)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new ErasureVacuum(jdbc, clock,
                    connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"), interval);
        }
    }

    @Bean
    ServerSecrets serverSecrets(PrivacyProperties properties) {
        return new ServerSecrets(MasterKey.load(properties));
    }

    @Bean
    SubjectKeys subjectKeys(JdbcTemplate jdbc, ServerSecrets secrets, Clock clock) {
        return new SubjectKeys(jdbc, secrets.masterKey(), clock);
    }

    /** Events (in the store, in dead letters, through Axon Server) carry personal data only encrypted. */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper mapper,
                               RevisionResolver revisionResolver, SubjectKeys keys) {
        JacksonSerializer json = JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(getClass().getClassLoader()))
                .build();
        return new CryptoShreddingSerializer(json, mapper, keys);
    }
}
