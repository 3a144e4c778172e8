package org.civiccatalog.core.audit.validation;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;

/**
 * jena-shacl's plain validation (ValidationProc.plainValidation: each target shape, each of its focus nodes) with the
 * results taken as the validator collected them, without the RDF report model it builds from them at the end: the
 * audit reads only the entries, and building the report (a model per call, its blank nodes, the shapes' prefixes,
 * a "conforms" resource) was about a third of the validator's time. jena-shacl gives no public way to the entries
 * without the report, so the context's collected entries are read by reflection; if that fails (another jena-shacl
 * version), the public validator is used and the results are the same, only slower ({@code ShaclEntriesTest}).
 */
final class ShaclEntries {
    private static final Field BUILDER = field(ValidationContext.class, "validationReportBuilder");
    private static final Field ENTRIES = field(org.apache.jena.shacl.ValidationReport.Builder.class, "entries");

    private ShaclEntries() {}

    private static Field field(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether entries are read without the report (false: through the public validator). */
    static boolean direct() {
        return BUILDER != null && ENTRIES != null;
    }

    /** The validation results of {@code data} against {@code shapes}, as the report would list them. */
    static Collection<ReportEntry> validate(Shapes shapes, Graph data) {
        if (!direct()) return ShaclValidator.get().validate(shapes, data).getEntries();
        ValidationContext cxt = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes())
            for (Node focus : VLib.focusNodes(data, shape)) VLib.validateShape(cxt, data, shape, focus);
        try {
            @SuppressWarnings("unchecked")
            List<ReportEntry> entries = (List<ReportEntry>) ENTRIES.get(BUILDER.get(cxt));
            return new ArrayList<>(entries);
        } catch (IllegalAccessException e) {
            return ShaclValidator.get().validate(shapes, data).getEntries();
        }
    }
}
