package org.roundtable.service.api;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.core.cases.CaseCommand;
import org.roundtable.service.storage.ReadModelCatchUp;
import org.springframework.stereotype.Component;

/**
 * Sends a command and answers once its events are stored and the read models show them, so that what a
 * client reads next includes what it has just done. A refused command throws and writes nothing.
 */
@Component
class Commands {

    private final CommandGateway gateway;
    private final ReadModelCatchUp catchUp;

    Commands(CommandGateway gateway, ReadModelCatchUp catchUp) {
        this.gateway = gateway;
        this.catchUp = catchUp;
    }

    void send(CaseCommand command) {
        gateway.sendAndWait(command);
        catchUp.awaitCase(command.caseId());
    }
}
