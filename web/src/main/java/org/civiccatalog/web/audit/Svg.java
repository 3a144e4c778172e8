package org.civiccatalog.web.audit;

import static org.civiccatalog.web.page.Html.esc;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as inline SVG: they read without JavaScript, name themselves to screen readers
 * ({@code role="img"}, {@code <title>}, {@code aria-labelledby}), give every mark a {@code <title>} with its number,
 * and the page puts the same numbers in a table beside them. Colours keep 3:1 against white (WCAG 1.4.11).
 */
final class Svg {
    /** One bar: its label, value, the text a reader hears, and its colour. */
    record Bar(String label, long value, String text, String colour) {}

    /** One point of a line: an x label and a value. */
    record Point(String label, double value, String text) {}

    private Svg() {}

    /** Vertical bars with their value above and label below. */
    static String bars(String id, String title, List<Bar> bars) {
        int w = 480, h = 220, top = 20, bottom = 30, gap = 24;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int bw = (w - gap * (bars.size() + 1)) / Math.max(1, bars.size());
        StringBuilder sb = open(id, title, w, h);
        sb.append("<line x1=\"0\" y1=\"").append(h - bottom).append("\" x2=\"").append(w).append("\" y2=\"").append(h - bottom)
          .append("\" stroke=\"#595959\"/>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double bh = (h - top - bottom) * (double) b.value() / max;
            int x = gap + i * (bw + gap);
            sb.append("<g><title>").append(esc(b.text())).append("</title><rect x=\"").append(x).append("\" y=\"")
              .append(num(h - bottom - bh)).append("\" width=\"").append(bw).append("\" height=\"").append(num(bh))
              .append("\" fill=\"").append(b.colour()).append("\"/>")
              .append("<text x=\"").append(x + bw / 2).append("\" y=\"").append(num(h - bottom - bh - 5))
              .append("\" text-anchor=\"middle\">").append(b.value()).append("</text>")
              .append("<text x=\"").append(x + bw / 2).append("\" y=\"").append(h - bottom + 18)
              .append("\" text-anchor=\"middle\">").append(esc(b.label())).append("</text></g>\n");
        }
        return sb.append("</svg>\n").toString();
    }

    /** A line over {@code points} on a fixed scale 0..{@code max}, each point marked. */
    static String line(String id, String title, List<Point> points, double max) {
        int w = 480, h = 220, left = 40, right = 16, top = 16, bottom = 30;
        StringBuilder sb = open(id, title, w, h);
        double plotW = w - left - right, plotH = h - top - bottom;
        sb.append("<line x1=\"").append(left).append("\" y1=\"").append(h - bottom).append("\" x2=\"").append(w - right)
          .append("\" y2=\"").append(h - bottom).append("\" stroke=\"#595959\"/>")
          .append("<line x1=\"").append(left).append("\" y1=\"").append(top).append("\" x2=\"").append(left)
          .append("\" y2=\"").append(h - bottom).append("\" stroke=\"#595959\"/>\n")
          .append("<text x=\"").append(left - 4).append("\" y=\"").append(h - bottom).append("\" text-anchor=\"end\">0</text>")
          .append("<text x=\"").append(left - 4).append("\" y=\"").append(top + 10).append("\" text-anchor=\"end\">")
          .append(FindingsExport.points(max)).append("</text>\n");
        StringBuilder path = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = left + (points.size() == 1 ? plotW / 2 : plotW * i / (points.size() - 1));
            double y = top + plotH * (1 - Math.max(0, Math.min(max, p.value())) / max);
            path.append(i == 0 ? "" : " ").append(num(x)).append(',').append(num(y));
            marks.append("<g><title>").append(esc(p.text())).append("</title><circle cx=\"").append(num(x)).append("\" cy=\"")
                 .append(num(y)).append("\" r=\"4\" fill=\"#1a5fb4\"/></g>\n");
            if (i == 0 || i == points.size() - 1)
                marks.append("<text x=\"").append(num(x)).append("\" y=\"").append(h - bottom + 18).append("\" text-anchor=\"")
                     .append(points.size() == 1 ? "middle" : i == 0 ? "start" : "end").append("\">").append(esc(p.label()))
                     .append("</text>\n");
        }
        sb.append("<polyline fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"2\" points=\"").append(path).append("\"/>\n")
          .append(marks);
        return sb.append("</svg>\n").toString();
    }

    private static StringBuilder open(String id, String title, int w, int h) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" aria-labelledby=\"").append(id).append("\" font-size=\"13\" fill=\"#000\">\n<title id=\"").append(id)
                .append("\">").append(esc(title)).append("</title>\n");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
