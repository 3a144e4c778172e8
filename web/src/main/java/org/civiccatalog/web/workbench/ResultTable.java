package org.civiccatalog.web.workbench;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * The rows of a SELECT, for an HTML table.
 *
 * @param truncated true when the query had more rows than {@link ExampleRunner#MAX_ROWS}
 */
public record ResultTable(List<String> vars, List<List<Node>> rows, boolean truncated) {
    public ResultTable {
        vars = List.copyOf(vars);
        rows = List.copyOf(rows);
    }
}
