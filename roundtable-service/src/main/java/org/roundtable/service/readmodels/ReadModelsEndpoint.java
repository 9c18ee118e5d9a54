package org.roundtable.service.readmodels;

import org.roundtable.projections.ReadModel;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The operator's view of the read models, at {@code /actuator/readmodels}: each one with its consistency,
 * tables and parked events; {@code POST /actuator/readmodels/{name}/retry} tries its parked events now, and
 * {@code POST /actuator/readmodels/{name}/rebuild} rebuilds it from the event store.
 */
@Endpoint(id = "readmodels")
public class ReadModelsEndpoint {

    private final ReadModels readModels;
    private final DeadLetters deadLetters;
    private final ReadModelRebuild rebuild;

    public ReadModelsEndpoint(ReadModels readModels, DeadLetters deadLetters, ReadModelRebuild rebuild) {
        this.readModels = readModels;
        this.deadLetters = deadLetters;
        this.rebuild = rebuild;
    }

    /** One read model as the operator sees it. */
    public record Summary(String name, ReadModel.Consistency consistency, List<String> tables, long parkedEvents) { }

    /** One read model with its parked events. */
    public record Detail(Summary readModel, List<DeadLetters.Parked> parked) { }

    @ReadOperation
    public List<Summary> readModels() {
        return readModels.all().stream().map(this::summary).toList();
    }

    @ReadOperation
    public WebEndpointResponse<Detail> readModel(@Selector String name) {
        try {
            ReadModel model = readModels.named(name);
            return new WebEndpointResponse<>(new Detail(summary(model), deadLetters.list(name)));
        } catch (NoSuchElementException e) {
            return new WebEndpointResponse<>(404);
        }
    }

    @WriteOperation
    public WebEndpointResponse<Map<String, Object>> act(@Selector String name, @Selector String action) {
        try {
            readModels.named(name);
        } catch (NoSuchElementException e) {
            return new WebEndpointResponse<>(404);
        }
        return switch (action) {
            case "retry" -> new WebEndpointResponse<>(Map.of("readModel", name,
                    "recoveredCases", deadLetters.retryAll(name), "parkedEvents", deadLetters.count(name)));
            case "rebuild" -> new WebEndpointResponse<>(Map.of("readModel", name, "replayedEvents", rebuild.rebuild(name)));
            default -> new WebEndpointResponse<>(404);
        };
    }

    private Summary summary(ReadModel model) {
        return new Summary(model.name(), model.consistency(), model.tables(), deadLetters.count(model.name()));
    }
}
