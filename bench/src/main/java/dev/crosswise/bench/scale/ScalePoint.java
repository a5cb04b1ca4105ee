package dev.crosswise.bench.scale;

import java.util.Map;

/**
 * One size of the curve, measured.
 *
 * @param factor          the size, as a multiple of the base graph
 * @param customers       customers in the graph
 * @param counts          nodes and relationships per label and type, as counted in the store
 * @param importMode      how the graph came into its directory: {@code bulk} (Neo4j's offline importer) or {@code reused}
 * @param importSeconds   the import's wall time, start of the database and indexes included (reused: the importing
 *                        run's, NaN if unknown)
 * @param storeBytes      the store on disk (the database's files, {@code data/databases/neo4j})
 * @param pageCache       the service's page cache
 * @param heap            the service's heap (-Xms = -Xmx)
 * @param heapUsedBytes   the service's heap in use after the loaded steps
 * @param heapLiveBytes   the same after a full collection: what the service keeps
 * @param residentBytes   the service process's resident memory (RSS) after the loaded steps
 * @param whatNextSingle  {@code whatNext} over HTTP, 1 client
 * @param whatNextLoaded  {@code whatNext} over HTTP, the loaded step's clients (8)
 * @param peerLoaded      the peer's plain Cypher over Bolt, the same clients
 * @param customerRead    {@code PROFILE} of the decision's customer read for the typical customer
 * @param peerQuery       {@code PROFILE} of the peer's query for the same customer
 */
public record ScalePoint(int factor, long customers, Map<String, Long> counts, String importMode, double importSeconds,
                         long storeBytes, String pageCache, String heap, long heapUsedBytes, long heapLiveBytes,
                         long residentBytes, Step whatNextSingle, Step whatNextLoaded, Step peerLoaded,
                         QueryProfile customerRead, QueryProfile peerQuery) {

    /** One load step's figures. */
    public record Step(int clients, long calls, long failures, double p50Ms, double p95Ms, double p99Ms, double maxMs,
                       double perSecond, double serviceCpuMsPerCall) {
    }
}
