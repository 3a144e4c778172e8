package org.civiccatalog.core.standards;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading test inputs and comparing outputs structurally. */
final class StandardsTestSupport {
    static final String RESOURCES = "/org/civiccatalog/core/standards/";

    private StandardsTestSupport() {}

    static InputStream resource(String name) {
        InputStream in = StandardsTestSupport.class.getResourceAsStream(RESOURCES + name);
        if (in == null) throw new IllegalStateException("Missing test resource " + name);
        return in;
    }

    /** Opens crosswalk inputs from test resources: input "x" is {@code dir/x.csv}. */
    static RowSource resources(String dir) {
        return input -> CsvRows.open(input + ".csv", resource(dir + input + ".csv"));
    }

    /** A CSV file as its header and rows (each a map, header order), for comparing without quoting details. */
    static List<Map<String, String>> table(CsvRows rows) {
        try (rows) {
            List<Map<String, String>> out = new ArrayList<>();
            Map<String, String> header = new LinkedHashMap<>();
            for (String h : rows.header()) header.put(h, h);
            out.add(header);
            while (rows.hasNext()) {
                Map<String, String> m = new LinkedHashMap<>();
                rows.next().values().forEach((k, v) -> m.put(k, v == null ? "" : v));
                out.add(m);
            }
            return out;
        }
    }

    static List<Map<String, String>> table(Path file) {
        return table(CsvRows.open(file));
    }

    static List<Map<String, String>> tableResource(String name) {
        return table(CsvRows.open(name, resource(name)));
    }

    /** An XML document as root name, then for each child element its name and its children's (name, trimmed text). */
    static List<String> xmlItems(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(in);
        List<String> out = new ArrayList<>();
        Element root = d.getDocumentElement();
        out.add(root.getTagName() + " ns=" + root.getNamespaceURI());
        for (Node item = root.getFirstChild(); item != null; item = item.getNextSibling()) {
            if (!(item instanceof Element e)) continue;
            StringBuilder sb = new StringBuilder(e.getTagName()).append(":");
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling())
                if (c instanceof Element ce) sb.append(" ").append(ce.getTagName()).append("=").append(ce.getTextContent().strip());
            out.add(sb.toString());
        }
        return out;
    }
}
