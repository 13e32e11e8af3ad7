package org.evidenceworkbench.samples;

import java.util.List;
import java.util.Optional;

import org.evidenceworkbench.samples.crowd.CrowdIncidentScenario;
import org.evidenceworkbench.samples.fraud.FraudScenario;
import org.evidenceworkbench.samples.phone.SeizedPhoneScenario;

/** The scenarios the generator knows, in the order {@code workbench sample-case list} shows them. */
public final class Scenarios {

    private static final List<Scenario> ALL = List.of(new FraudScenario(), new SeizedPhoneScenario(),
            new CrowdIncidentScenario());

    private Scenarios() {
    }

    public static List<Scenario> all() {
        return ALL;
    }

    public static Optional<Scenario> named(String name) {
        return ALL.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
