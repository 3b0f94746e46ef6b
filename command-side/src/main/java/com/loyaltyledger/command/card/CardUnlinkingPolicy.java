package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.UnlinkCardCommand;
import com.loyaltyledger.api.client.ClientDeletedEvent;
import com.loyaltyledger.command.client.ClientDirectory;
import com.loyaltyledger.command.client.ClientFacts;
import com.loyaltyledger.command.common.SystemActor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

/**
 * Deleting a client unlinks its cards; the cards stay, ownerless. Runs in a streaming processor of its own,
 * whose position only moves on once every unlink of a deletion has succeeded: a failure, or a stop halfway, means
 * the deletion is handled again. The unlinks name the client they expect as owner, so handling it again leaves
 * the cards already unlinked (or since given to someone else) alone.
 * <p>
 * A deletion handled late, after the client was restored, unlinks nothing: the cards linked since the restore
 * are the restored client's own. The client's row is held meanwhile, so a restore cannot slip in between.
 */
@ProcessingGroup(CardUnlinkingPolicy.PROCESSING_GROUP)
public class CardUnlinkingPolicy {

    public static final String PROCESSING_GROUP = "card-unlinking";

    private final CardDirectory cards;
    private final ClientDirectory clients;
    private final CommandGateway commands;

    public CardUnlinkingPolicy(CardDirectory cards, ClientDirectory clients, CommandGateway commands) {
        this.cards = cards;
        this.clients = clients;
        this.commands = commands;
    }

    @EventHandler
    void on(ClientDeletedEvent event, EventMessage<?> deletion) {
        boolean stillDeleted = clients.findForUpdate(event.clientId()).map(ClientFacts::deleted).orElse(false);
        if (!stillDeleted) {
            return;
        }
        MetaData metaData = SystemActor.actingFor(deletion.getMetaData());
        for (String cardId : cards.cardsOwnedBy(event.clientId())) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new UnlinkCardCommand(cardId,
                    event.clientId())).andMetaData(metaData));
        }
    }
}
