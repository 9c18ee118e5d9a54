package org.roundtable.service.readmodels;

import org.roundtable.projections.ReadModel;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/** Every read model registered in this service, by name. */
public class ReadModels {

    private final List<ReadModel> all;

    public ReadModels(List<ReadModel> all) {
        Set<String> names = all.stream().map(ReadModel::name).collect(Collectors.toSet());
        if (names.size() != all.size()) {
            throw new IllegalStateException("two read models have the same name: " + all);
        }
        this.all = List.copyOf(all);
    }

    public List<ReadModel> all() {
        return all;
    }

    public ReadModel named(String name) {
        return all.stream().filter(model -> model.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no read model is called " + name));
    }

    /** The classes whose handlers build a read model. */
    public Set<Class<?>> projectionTypes() {
        return all.stream().map(model -> model.projection().getClass()).collect(Collectors.toSet());
    }
}
