package org.roundtable.service.readmodels;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.roundtable.projections.ReadModel;

/** The metric {@code roundtable.read_model.parked_events}: how many events each read model has parked. */
public class ReadModelsMetrics implements MeterBinder {

    private final ReadModels readModels;
    private final DeadLetters deadLetters;

    public ReadModelsMetrics(ReadModels readModels, DeadLetters deadLetters) {
        this.readModels = readModels;
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ReadModel model : readModels.all()) {
            Gauge.builder("roundtable.read_model.parked_events", deadLetters, letters -> letters.count(model.name()))
                    .description("events the read model failed on, parked until they are retried")
                    .tag("read_model", model.name())
                    .register(registry);
        }
    }
}
