package com.loyaltyledger.infra.cluster;

import javax.sql.DataSource;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances on one database (and one Axon Server): each has its own name, says it is alive, and takes
 * its fair share of every streaming processor's segments; a processor gets more segments when instances join.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
public class ClusterConfiguration {

    @Bean
    InstanceIdentity instanceIdentity(ClusterProperties properties) {
        return InstanceIdentity.of(properties.instanceId());
    }

    @Bean
    InstanceRegistry instanceRegistry(DataSource dataSource, InstanceIdentity identity, ClusterProperties properties,
                                      ObjectProvider<EventProcessingConfiguration> processing) {
        InstanceRegistry registry = new InstanceRegistry(JdbcClient.create(dataSource), identity, properties);
        registry.onView(new SegmentSplitter(processing)::balance);
        return registry;
    }

    /** Axon's JDBC token store, its claims made in this instance's name (Axon's default is pid@host). */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          TokenStoreProperties tokenStoreProperties, InstanceIdentity identity) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(tokenStoreProperties.getClaimTimeout())
                .nodeId(identity.id())
                .build();
    }

    /** Every pooled streaming processor claims at most its fair share, as the last heartbeat saw the others. */
    @Bean
    ConfigurerModule fairShareOfSegments(InstanceRegistry registry) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> builder.maxSegmentProvider(name -> registry.view().fairShare(name)));
    }

    /** Axon Server knows this instance by its name too, unless {@code AXON_CLIENT_ID} gives one. */
    @Bean
    static BeanPostProcessor axonServerClientId(ObjectProvider<InstanceIdentity> identity) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AxonServerConfiguration axonServer
                        && (axonServer.getClientId() == null || axonServer.getClientId().isBlank())) {
                    axonServer.setClientId(identity.getObject().id());
                }
                return bean;
            }
        };
    }
}
