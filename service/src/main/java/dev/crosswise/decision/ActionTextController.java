package dev.crosswise.decision;

import dev.crosswise.api.ResponseWarnings;
import dev.crosswise.messages.MessageTemplates;
import dev.crosswise.messages.MessageTemplatesFolder;
import dev.crosswise.promotion.Offer;
import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Action.message}, {@code Action.headline} and {@code Offer.message} in the language the operation
 * asked for ({@code locale} of {@code whatNext} or {@code decide}). Said when the answer is written rather than when
 * the decision is made, so a decision (and what {@code decide} records) is the same whatever the language: English
 * when none is asked for.
 */
@Controller
class ActionTextController {

    private static final String WARNED = ActionTextController.class.getName() + ".warned";

    private final MessageTemplatesFolder texts;

    ActionTextController(MessageTemplatesFolder texts) {
        this.texts = texts;
    }

    @SchemaMapping(typeName = "Action")
    String message(Action action, DataFetchingEnvironment environment) {
        String language = language(environment);
        return MessageTemplates.ENGLISH.equals(language) || action.wording() == null ? action.message()
                : texts.current().message(action.wording(), language);
    }

    /**
     * An offer's message in the language asked for (its kind's template); the English it was decided with when the
     * language cannot say it.
     */
    @SchemaMapping(typeName = "Offer")
    String message(Offer offer, DataFetchingEnvironment environment) {
        String language = language(environment);
        String worded = MessageTemplates.ENGLISH.equals(language) ? null
                : Offers.message(offer, texts.current(), language);
        return worded != null ? worded : offer.message();
    }

    @SchemaMapping(typeName = "Action")
    String headline(Action action, DataFetchingEnvironment environment) {
        return texts.current().headline(action.wording(), language(environment));
    }

    /** The language of the operation's {@code locale}; English, with a warning, when it has no texts. */
    private String language(DataFetchingEnvironment environment) {
        ExecutionStepInfo operation = environment.getExecutionStepInfo();
        while (operation.getParent() != null && operation.getParent().getParent() != null) {
            operation = operation.getParent();
        }
        String locale = operation.getArgument("locale");
        String language = MessageTemplates.language(locale);
        if (language != null && texts.current().speaks(language)) {
            return language;
        }
        AtomicBoolean warned = environment.getGraphQlContext().computeIfAbsent(WARNED, key -> new AtomicBoolean());
        if (warned.compareAndSet(false, true)) {
            ResponseWarnings.add(environment.getGraphQlContext(), "locale", "No texts for locale '" + locale
                    + "' (rules/messages/messages_<language>.properties): the actions are said in English");
        }
        return MessageTemplates.ENGLISH;
    }
}
