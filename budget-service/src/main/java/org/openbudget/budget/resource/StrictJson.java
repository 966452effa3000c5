package org.openbudget.budget.resource;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Strict reading of request bodies: a number or boolean where text belongs (a reason of 1e400) is refused instead of
 * coerced into a string, and amounts — JSON strings or numbers — refuse a minus sign on a zero ("-0.00", -0) like any
 * other negative amount (400 naming the field) instead of silently becoming 0.00 — a sign is never noise in a 决算.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        for (com.fasterxml.jackson.databind.cfg.CoercionInputShape shape : List.of(
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
                    .setCoercion(shape, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("strict-amounts").addDeserializer(BigDecimal.class,
                new NumberDeserializers.BigDecimalDeserializer() {
                    @Override
                    public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws IOException {
                        String text = p.getText();
                        BigDecimal value = super.deserialize(p, context);
                        if (value != null && value.signum() == 0 && text != null && text.strip().startsWith("-")) {
                            return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text,
                                    "a negative zero is not an amount");
                        }
                        return value;
                    }
                }));
    }
}
