package com.loyaltyledger.infra.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict reading of request bodies: a field the API does not know, a key given twice, a number for a string, a
 * fraction for a whole number or trailing garbage is a 400, never silently dropped, overwritten or coerced. One exception:
 * decimals may come as strings ("10.50"), and are read exactly. Decimals are written as strings too, so that no
 * client's JSON parser turns an amount into binary floating point.
 */
@Configuration(proxyBeanMethods = false)
public class WebJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Float,
                        decimals -> decimals.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .withConfigOverride(BigDecimal.class,
                        decimals -> decimals.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
                .addModule(new SimpleModule("strict-decimals").addDeserializer(BigDecimal.class,
                        new StrictDecimals()));
    }

    /**
     * Decimals of typed bodies read by the API's one rule ({@link JsonFields#isDecimal}): Jackson's own reader trims
     * a string (" 10.50" would pass) and takes exponents ("1e3").
     */
    static final class StrictDecimals extends ValueDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getString();
                if (!JsonFields.isDecimal(text)) {
                    return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text,
                            "not a decimal such as 10.50");
                }
                return new BigDecimal(text);
            }
            return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
        }
    }
}
