package dev.crosswise.bench.scale;

import dev.crosswise.bench.ServiceProcess;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code bench/run.sh serve}: one size's graph (imported as {@code scale} imports it, or reused), the service
 * started on it as the bench starts it (same heap, page cache, environment), then left running for a load
 * generator from outside the bench — {@code bench/wrk.sh} — until this process is stopped (Ctrl-C, SIGTERM), which
 * stops the service too.
 */
public final class StandingService {

    /** The line a script waits for; its fields are read by name (bench/wrk.sh). */
    public static final String READY = "Serving:";

    private StandingService() {
    }

    public static void serve(ScaleSettings settings, int factor, Path serviceJar, Path repo, int httpPort, int boltPort,
                             PrintStream out) throws Exception {
        SizeImport.ensure(settings, factor, out);
        Path dataDir = settings.dataDirAt(factor);
        String pageCache = settings.pageCacheFor(SizeImport.bytesUnder(SizeImport.storeOf(dataDir)));
        var service = new ServiceProcess.Settings(serviceJar, dataDir, repo.resolve("rules"), httpPort, boltPort,
                settings.heap(), pageCache, null);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-serve.log");
        out.println("Service: starting on " + dataDir + " (heap " + settings.heap() + ", page cache " + pageCache
                + "); log " + log);
        try (ServiceProcess process = ServiceProcess.start(service, log)) {
            // stopped by a signal: wait for the service to let go of the store, so a next run can open it at once
            Runtime.getRuntime().addShutdownHook(new Thread(process::close));
            // the admin key is this run's, random: whoever started the bench may load its service, nobody else
            out.printf("%s url=http://localhost:%d/graphql apiKey=%s customers=%d%n", READY, httpPort,
                    ServiceProcess.API_KEY, settings.graphAt(factor).customers());
            out.println("Stop with Ctrl-C.");
            out.flush();
            // until a signal ends this JVM, whose shutdown hook stops the service
            new java.util.concurrent.CountDownLatch(1).await();
        }
    }
}
