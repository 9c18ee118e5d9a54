package org.roundtable.service.readmodels;

import org.roundtable.projections.ReadModel;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The read models in the health endpoint: {@code DEGRADED} while any of them has parked events (the service
 * still works, but some views lag behind the event store), with the number parked per read model.
 * {@code DEGRADED} answers 200, so a load balancer keeps the instance; an operator sees it.
 */
public class ReadModelsHealth implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED", "a read model has parked events");

    private final ReadModels readModels;
    private final DeadLetters deadLetters;

    public ReadModelsHealth(ReadModels readModels, DeadLetters deadLetters) {
        this.readModels = readModels;
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        Map<String, Object> parked = new LinkedHashMap<>();
        long total = 0;
        for (ReadModel model : readModels.all()) {
            long count = deadLetters.count(model.name());
            parked.put(model.name(), count);
            total += count;
        }
        return (total == 0 ? Health.up() : Health.status(DEGRADED)).withDetail("parkedEvents", parked).build();
    }
}
