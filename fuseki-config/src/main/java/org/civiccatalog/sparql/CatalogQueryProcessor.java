package org.civiccatalog.sparql;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fuseki's query operation with the catalog's restrictions.
 * <ul>
 * <li>Any {@code SERVICE} (also {@code SILENT}, in sub-queries, in {@code EXISTS}) is refused with 400 before
 *     execution. (The endpoint context also sets {@code arq:httpServiceAllowed false}.)</li>
 * <li>SELECT: a missing or larger {@code LIMIT} is rewritten to {@code limit + 1}; at most {@code limit + 1} rows
 *     are read before anything is sent, so a timeout is a clean 503 and the extra row tells whether the result
 *     was cut.</li>
 * <li>CONSTRUCT: quads are pulled lazily from the engine and collected up to {@code limit} distinct ones.</li>
 * <li>DESCRIBE: at most {@code limit + 1} resources (the WHERE clause's {@code LIMIT} is capped as for SELECT) are
 *     described, into a graph that stops accepting triples at {@code limit}.</li>
 * <li>Headers {@value CatalogSparql#HEADER_RESULT_LIMIT} and {@value CatalogSparql#HEADER_RESULT_TRUNCATED} on
 *     every SELECT, CONSTRUCT and DESCRIBE response.</li>
 * </ul>
 */
final class CatalogQueryProcessor extends SPARQL_QueryDataset {

    private final int limit;

    CatalogQueryProcessor(int limit) {
        this.limit = limit;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if ( usesService(query) )
            ServletOps.errorBadRequest("SERVICE is not allowed at this endpoint (no federated queries)");
        if ( query.isJsonType() )
            ServletOps.errorBadRequest("The ARQ JSON query form is not supported at this endpoint");
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, capRows(query), dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query requestQuery,
                                           String queryStringLog) {
        if ( requestQuery.isSelectType() )
            return select(action, qExec);
        if ( requestQuery.isConstructType() )
            return construct(action, qExec, requestQuery);
        if ( requestQuery.isDescribeType() )
            return describe(action, qExec);
        return super.executeQuery(action, qExec, requestQuery, queryStringLog);   // ASK
    }

    /**
     * SELECT: ask the engine for one row more than the limit, so a cut result can be told from one that fits exactly.
     * DESCRIBE: the same bound on the WHERE clause's rows, so the set of resources to describe (which ARQ collects
     * in memory before describing any) stays small.
     */
    /*package*/ Query capRows(Query query) {
        if ( !query.isSelectType() && !query.isDescribeType() )
            return query;
        if ( query.hasLimit() && query.getLimit() <= limit )
            return query;
        Query q = query.cloneQuery();
        q.setLimit(limit + 1L);
        return q;
    }

    private QueryExecResult select(HttpAction action, QueryExec qExec) {
        RowSet rs = qExec.select();
        List<Binding> rows = new ArrayList<>();
        while ( rows.size() <= limit && rs.hasNext() )
            rows.add(rs.next());
        boolean truncated = rows.size() > limit;
        if ( truncated )
            rows.remove(rows.size() - 1);
        setLimitHeaders(action, truncated);
        return new QueryExecResult(RowSetStream.create(rs.getResultVars(), rows.iterator()));
    }

    private QueryExecResult construct(HttpAction action, QueryExec qExec, Query query) {
        DatasetGraph result = DatasetGraphFactory.create();
        boolean truncated = false;
        Iterator<Quad> quads = qExec.constructQuads();
        try {
            long count = 0;
            while ( quads.hasNext() ) {
                Quad quad = quads.next();
                if ( result.contains(quad) )
                    continue;
                if ( count == limit ) {
                    truncated = true;
                    break;
                }
                result.add(quad);
                count++;
            }
        } finally {
            Iter.close(quads);
        }
        result.prefixes().putAll(query.getPrefixMapping());
        setLimitHeaders(action, truncated);
        return new QueryExecResult(result);
    }

    private QueryExecResult describe(HttpAction action, QueryExec qExec) {
        CappedGraph graph = new CappedGraph(GraphFactory.createDefaultGraph(), limit);
        try {
            qExec.describe(graph);
        } catch (CappedGraph.LimitReached ex) {
            // The graph holds the first 'limit' triples of the description.
        }
        setLimitHeaders(action, graph.limitReached());
        return new QueryExecResult(graph.get());
    }

    private void setLimitHeaders(HttpAction action, boolean truncated) {
        action.setResponseHeader(CatalogSparql.HEADER_RESULT_LIMIT, Integer.toString(limit));
        action.setResponseHeader(CatalogSparql.HEADER_RESULT_TRUNCATED, Boolean.toString(truncated));
        if ( truncated )
            action.log.info(String.format("[%d] result cut at the limit of %d", action.id, limit));
    }

    /** True if the query's algebra, including sub-queries and EXISTS/NOT EXISTS in expressions, has a SERVICE. */
    static boolean usesService(Query query) {
        if ( query.getQueryPattern() == null )
            return false;
        Op op = Algebra.compile(query);
        AtomicBoolean found = new AtomicBoolean(false);
        // Walker.walk visits every Op, including those inside expressions (EXISTS, NOT EXISTS).
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found.set(true);
            }
        });
        return found.get();
    }
}
