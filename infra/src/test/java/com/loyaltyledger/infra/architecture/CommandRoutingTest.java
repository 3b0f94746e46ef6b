package com.loyaltyledger.infra.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.distributed.AnnotationRoutingStrategy;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.commandhandling.distributed.UnresolvedRoutingKeyPolicy;
import org.junit.jupiter.api.Test;

/**
 * Every command names the aggregate it changes (or, for a purchase, the card or client it serialises on) as its
 * routing key, so that with several instances Axon Server sends the commands of one aggregate to one instance.
 * Without a key Axon would pick a random one; here a command class without one fails the build.
 */
class CommandRoutingTest {

    /** Axon Server's strategy, except that a missing key is an error instead of a random key. */
    private static final RoutingStrategy STRICT = AnnotationRoutingStrategy.builder()
            .fallbackRoutingStrategy(UnresolvedRoutingKeyPolicy.ERROR).build();

    @Test
    void everyCommandHasARoutingKey() {
        Set<Class<?>> commands = commands();
        assertThat(commands).hasSizeGreaterThan(30);
        List<String> unrouted = new ArrayList<>();
        for (Class<?> command : commands) {
            try {
                assertThat(routingKey(command)).isNotBlank();
            } catch (RuntimeException | AssertionError e) {
                unrouted.add(command.getSimpleName() + ": " + e.getMessage());
            }
        }
        assertThat(unrouted).as("commands without a routing key").isEmpty();
    }

    @Test
    void aCommandWithoutARoutingKeyIsCaught() {
        assertThatThrownBy(() -> routingKey(UnroutedCommand.class)).hasMessageContaining("routing key");
        assertThat(routingKey(RoutedCommand.class)).isEqualTo("key-accountId");
    }

    record UnroutedCommand(String accountId) {
    }

    record RoutedCommand(@org.axonframework.commandhandling.RoutingKey String accountId, long amount) {
    }

    /** Records named *Command in the API, and whatever a command handler takes, records or not. */
    private static Set<Class<?>> commands() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.loyaltyledger");
        Set<Class<?>> commands = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        for (JavaClass type : classes) {
            if (type.getPackageName().startsWith("com.loyaltyledger.api") && type.getSimpleName().endsWith("Command")
                    && type.isRecord()) {
                commands.add(type.reflect());
            }
            for (JavaCodeUnit handler : type.getCodeUnits()) {
                if (handler.isAnnotatedWith(CommandHandler.class) && !handler.getRawParameterTypes().isEmpty()) {
                    commands.add(handler.getRawParameterTypes().getFirst().reflect());
                }
            }
        }
        return commands;
    }

    /** The key Axon Server would route a sample of {@code command} by: every text component filled in. */
    private static String routingKey(Class<?> command) {
        assertThat(command.isRecord()).as(command.getSimpleName() + " is a record").isTrue();
        RecordComponent[] components = command.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sample(components[i]);
        }
        try {
            Object instance = command.getDeclaredConstructor(types).newInstance(values);
            return STRICT.getRoutingKey(GenericCommandMessage.asCommandMessage(instance));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + command.getSimpleName(), e);
        }
    }

    private static Object sample(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return "key-" + component.getName();
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        return null;
    }
}
