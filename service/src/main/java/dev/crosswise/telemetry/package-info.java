/**
 * What the service counts for Prometheus ({@code /actuator/prometheus}): decisions and their latency, actions
 * offered, suppressions by rule, responses, events and rule reloads. The features announce what happened as Spring
 * application events on the request's thread; this package listens and knows them, they do not know it. Every label
 * has a small, fixed set of values (enum names, DRL rule names): never a customer, a product or a decision id.
 */
package dev.crosswise.telemetry;
