package com.loyaltyledger.command.client;

import com.loyaltyledger.api.client.ClientRegistration;
import com.loyaltyledger.api.client.RegisterClientCommand;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Registers clients. Lives outside the aggregate because the caller needs the generated code back, and an
 * aggregate's creating handler can only answer with the identifier.
 */
public class ClientRegistrationHandler {

    private final Repository<Client> clients;
    private final ClientCodeGenerator codes;
    private final ClientHierarchyPolicy hierarchy;
    private final ClientCategoryPolicy categories;
    private final Clock clock;

    public ClientRegistrationHandler(Repository<Client> clients, ClientCodeGenerator codes,
                                     ClientHierarchyPolicy hierarchy, ClientCategoryPolicy categories, Clock clock) {
        this.clients = clients;
        this.codes = codes;
        this.hierarchy = hierarchy;
        this.categories = categories;
        this.clock = clock;
    }

    @CommandHandler
    public ClientRegistration handle(RegisterClientCommand command) throws Exception {
        String code = codes.nextCode();
        clients.newInstance(() -> new Client(command, code, hierarchy, categories, clock));
        return new ClientRegistration(command.clientId(), code);
    }
}
