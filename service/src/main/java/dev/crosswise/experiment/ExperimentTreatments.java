package dev.crosswise.experiment;

import dev.crosswise.customer.Customer;
import dev.crosswise.decision.ExperimentAssignment;
import dev.crosswise.decision.Treatment;
import dev.crosswise.decision.Treatments;
import dev.crosswise.messages.MessageTemplates;
import dev.crosswise.messages.MessageTemplatesFolder;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.CustomerProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The arms a customer's decision is made in, from the experiments in memory: for each experiment running at the
 * decision's instant whose population includes the customer, the arm of the customer's bucket. An arm that holds the
 * customer out wins over everything: the customer is then in that experiment alone, so that its holdout compares
 * Crosswise with nothing at all. Costs one SHA-256 per running experiment; no graph read.
 */
@Component
class ExperimentTreatments implements Treatments {

    private final ExperimentsFolder folder;
    private final MessageTemplatesFolder texts;
    /** An arm's texts over the folder's, by arm, made again only when the folder's texts change. */
    private final Map<String, Overlay> overlays = new ConcurrentHashMap<>();

    private record Overlay(MessageTemplates base, MessageTemplates texts) {
    }

    ExperimentTreatments(ExperimentsFolder folder, MessageTemplatesFolder texts) {
        this.folder = folder;
        this.texts = texts;
    }

    @Override
    public Treatment of(Customer customer, CustomerProfile profile, Instant at, Channel requestedChannel) {
        ExperimentsFolder.Serving serving = folder.serving();
        if (serving.experiments().isEmpty() || customer == null) {
            return Treatment.NONE;
        }
        List<ExperimentAssignment> assignments = new ArrayList<>(2);
        RuleSet rules = null;
        MessageTemplates messages = null;
        Channel channel = null;
        Set<String> conditionsMet = null;
        for (ExperimentDefinition experiment : serving.experiments()) {
            if (!experiment.runsAt(at) || !experiment.population().includes(customer)) {
                continue;
            }
            if (experiment.population().condition() != null) {
                if (conditionsMet == null) {
                    conditionsMet = PopulationConditions.met(serving.populations(), profile);
                }
                if (!conditionsMet.contains(experiment.name())) {
                    continue;
                }
            }
            Arm arm = experiment.armOf(Assignment.bucket(experiment.name(), experiment.salt(), customer.id()));
            ExperimentAssignment assignment = new ExperimentAssignment(experiment.name(), arm.name());
            if (arm.holdout()) {
                return new Treatment(List.of(assignment), "Held out by experiment '" + experiment.name() + "' (arm '"
                        + arm.name() + "'): this customer is offered nothing while it runs, so that what the offers "
                        + "earn can be measured against customers who got none", null, null, null);
            }
            assignments.add(assignment);
            if (arm.needsRules()) {
                rules = serving.armRules().get(assignment.key());
            } else if (!arm.messages().isEmpty()) {
                messages = overlaid(assignment.key(), arm.messages());
            } else if (arm.channel() != null) {
                channel = arm.channel();
            }
        }
        return assignments.isEmpty() ? Treatment.NONE : new Treatment(assignments, null, rules, messages, channel);
    }

    private MessageTemplates overlaid(String arm, Map<String, Map<String, String>> armTexts) {
        MessageTemplates base = texts.current();
        Overlay overlay = overlays.get(arm);
        if (overlay == null || overlay.base() != base) {
            overlay = new Overlay(base, base.with(armTexts));
            overlays.put(arm, overlay);
        }
        return overlay.texts();
    }
}
