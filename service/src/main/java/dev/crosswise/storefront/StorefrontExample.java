package dev.crosswise.storefront;

import dev.crosswise.graph.GraphProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The example storefront page, {@code /examples/storefront/}: a static page showing Crosswise's cards on a product
 * page and a cart, calling GraphQL from the browser with the storefront key and a customer token. It belongs to the
 * demo, so it exists only on the embedded default with the demo seed and never under the production profile; a
 * service talking to a shop's own Neo4j serves no example and mints no token ({@link ExampleCustomerTokens}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(StorefrontExample.OnEmbeddedDemo.class)
class StorefrontExample implements WebMvcConfigurer {

    static final String PATH = "/examples/storefront";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // not under static/: the page must not be served where the demo is not
        registry.addResourceHandler(PATH + "/**").addResourceLocations("classpath:/examples/storefront/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController(PATH, PATH + "/");
        registry.addViewController(PATH + "/").setViewName("forward:" + PATH + "/index.html");
    }

    /** The embedded default (no CROSSWISE_NEO4J_URI) with the demo seed, and not the production profile. */
    static final class OnEmbeddedDemo implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            GraphProperties graph = Binder.get(context.getEnvironment()).bind("crosswise.neo4j", GraphProperties.class)
                    .orElseGet(() -> new GraphProperties(null, null, null, null, null, 0, null, null));
            return graph.embedded() && graph.seedsDemo() && !context.getEnvironment().matchesProfiles("production");
        }
    }
}
