package dev.crosswise.simulation;

import dev.crosswise.catalog.Product;
import dev.crosswise.customer.Customer;
import dev.crosswise.decision.CustomerContext;
import dev.crosswise.decision.CustomerContextReader.Hypothetical;
import dev.crosswise.rules.facts.CartItem;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.CustomerProfile;
import dev.crosswise.rules.facts.Ownership;
import dev.crosswise.rules.facts.Signal;
import dev.crosswise.rules.facts.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays simulated events over a customer's context read from the graph, in memory only, the way the real event
 * would have shaped the facts: a purchase adds an ownership and a signal and earns its spend and points, a return
 * marks the ownership returned and takes them back, usage updates it, a tier change moves the tier, cart events and
 * a checkout move the cart; every event is also a signal. The candidates were walked from the same events already
 * ({@link #walkedFrom}).
 */
final class EventOverlay {

    private EventOverlay() {
    }

    /**
     * What the traversals walk from besides the graph, read before {@link #apply} lays the same events over the
     * facts: the simulated purchases, returns since, usage last reported, simulated cart additions still in the cart,
     * and what left the cart (removed, bought, checked out). The events in time order, already validated.
     */
    static Hypothetical walkedFrom(List<TimedEvent> events) {
        List<Hypothetical.Purchase> purchases = new ArrayList<>();
        Set<String> returned = new LinkedHashSet<>();
        Map<String, Double> usage = new HashMap<>();
        Set<String> cartAdded = new LinkedHashSet<>();
        Map<String, Instant> leftCart = new HashMap<>();
        Instant checkout = null;
        for (TimedEvent timed : events) {
            SimulatedEvent event = timed.event();
            switch (event.type()) {
                case "PURCHASE" -> {
                    purchases.add(new Hypothetical.Purchase(event.sku(), timed.at(), Boolean.TRUE.equals(event.gift())));
                    returned.remove(event.sku());
                    usage.remove(event.sku());
                    cartAdded.remove(event.sku());
                    leftCart.put(event.sku(), timed.at());
                }
                case "RETURN" -> returned.add(event.sku());
                case "USAGE" -> usage.put(event.sku(), event.usagePercent());
                case "CART_ADD" -> cartAdded.add(event.sku());
                case "CART_REMOVE" -> {
                    cartAdded.remove(event.sku());
                    leftCart.put(event.sku(), timed.at());
                }
                case "CHECKOUT" -> {
                    cartAdded.clear();
                    checkout = timed.at();
                }
                default -> { }
            }
        }
        return new Hypothetical(List.copyOf(purchases), Set.copyOf(returned), Map.copyOf(usage), List.copyOf(cartAdded),
                Map.copyOf(leftCart), checkout);
    }

    /**
     * The events, in time order, already validated; {@code products} holds every sku they name.
     */
    static CustomerContext apply(CustomerContext graph, List<TimedEvent> events, Map<String, Product> products,
                                 ProfileOverride override, Instant at, Set<String> contextCart) {
        List<CartItem> cart = new ArrayList<>(graph.cart());
        Map<String, Ownership> owned = new LinkedHashMap<>();
        graph.owned().forEach(o -> owned.put(o.getSku(), o));
        List<Signal> signals = new ArrayList<>(graph.signals());
        Tier tier = graph.profile().getTier();
        double spent = graph.profile().getAveragePrice() * graph.profile().getPurchaseCount();
        int purchases = graph.profile().getPurchaseCount();
        // what the loyalty rules earn tiers by, moved as the real events move them (EventEffects)
        Loyalty loyalty = new Loyalty(graph.profile().getPoints(), graph.profile().getSpend());

        int n = 0;
        for (TimedEvent timed : events) {
            SimulatedEvent event = timed.event();
            double hoursAgo = (at.toEpochMilli() - timed.at().toEpochMilli()) / 3_600_000.0;
            Product product = event.sku() == null ? null : products.get(event.sku());
            boolean gift = Boolean.TRUE.equals(event.gift());
            switch (event.type()) {
                case "PURCHASE" -> {
                    cart.removeIf(item -> item.getSku().equals(product.sku()) && !item.isFromContext()
                            && item.getHoursInCart() >= hoursAgo);
                    owned.put(product.sku(), new Ownership(product.sku(), product.name(), product.category(),
                            product.family(), hoursAgo, null, gift, false, product.price()));
                    spent += product.price();
                    purchases++;
                    loyalty = loyalty.bought(product.price());
                }
                case "RETURN" -> {
                    Ownership o = owned.get(event.sku());
                    if (o != null && !o.isReturned()) {
                        owned.put(o.getSku(), o.asReturned());
                        loyalty = loyalty.refunded(Math.max(0, o.getPricePaid())); // -1: no price recorded
                    }
                }
                case "USAGE" -> owned.computeIfPresent(event.sku(),
                        (sku, o) -> o.withUsagePercent(event.usagePercent()));
                case "TIER_CHANGED" -> tier = event.tier();
                case "CART_ADD" -> {
                    if (cart.stream().noneMatch(item -> item.getSku().equals(product.sku()))) {
                        cart.add(new CartItem(product.sku(), product.name(), product.price(), hoursAgo,
                                contextCart.contains(product.sku())));
                    }
                }
                // The request's own cart is what is in the cart now: cart events never take those items out.
                case "CART_REMOVE" -> cart.removeIf(item -> item.getSku().equals(product.sku()) && !item.isFromContext()
                        && item.getHoursInCart() >= hoursAgo);
                case "CHECKOUT" -> cart.removeIf(item -> !item.isFromContext() && item.getHoursInCart() >= hoursAgo);
                default -> { }
            }
            signals.add(new Signal("simulated-" + (++n), event.type(), event.sku(),
                    product == null ? null : product.category(), hoursAgo, event.satisfaction(),
                    event.tier() == null ? null : event.tier().name(), event.usagePercent(), gift));
        }
        if (override.tier() != null) {
            tier = override.tier();
        }

        CustomerProfile before = graph.profile();
        boolean optedOut = override.optedOut() != null ? override.optedOut() : before.isOptedOut();
        Map<Channel, Boolean> consents = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            consents.put(channel, override.consents() != null ? override.consents().contains(channel)
                    : before.consentsTo(channel));
        }
        consents.put(Channel.WEB, true);
        Instant joinedAt = at.minusMillis(Math.round(before.getDaysSinceJoined() * 86_400_000.0));
        CustomerProfile profile = new CustomerProfile(before.getId(), before.getName(), tier, loyalty.points(),
                loyalty.spend(), consents, optedOut, before.getTimeZone(), joinedAt, before.getChildBirthYears(), at,
                purchases, purchases == 0 ? 0 : spent / purchases);

        Customer was = graph.customer();
        Customer customer = new Customer(was.id(), was.name(), tier, loyalty.points(), loyalty.spend(),
                override.consents() == null ? was.consents() : new Customer.Consents(
                        override.consents().contains(Channel.EMAIL), override.consents().contains(Channel.SMS),
                        override.consents().contains(Channel.MOBILE), override.consents().contains(Channel.DIRECT)),
                optedOut, was.timeZone(), was.joinedAt(), was.childBirthYears());
        return new CustomerContext(customer, profile, List.copyOf(owned.values()), signals,
                cart, graph.exposures(), graph.responses(), graph.candidates(), graph.products());
    }

    /**
     * Points and spend as a PURCHASE and a RETURN change them for real: one unit at the product's price, points per
     * whole euro; a return takes back the price paid (nothing when the purchase recorded none), neither below 0.
     */
    record Loyalty(long points, double spend) {

        Loyalty bought(double price) {
            return new Loyalty(points + pointsFor(price), spend + price);
        }

        Loyalty refunded(double price) {
            return new Loyalty(Math.max(0, points - pointsFor(price)), Math.max(0, spend - price));
        }

        private static long pointsFor(double euros) {
            return (long) Math.floor(euros * Customer.POINTS_PER_EURO);
        }
    }

    /** A simulated event with its time resolved (its own, or the decision time). */
    record TimedEvent(SimulatedEvent event, Instant at, int index) {
    }
}
