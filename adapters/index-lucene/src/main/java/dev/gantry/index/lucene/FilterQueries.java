package dev.gantry.index.lucene;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.Filter.Condition;
import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A {@link Filter} as a Lucene query over chunk records: text conditions match the keyword field of the key,
 * range conditions its numeric field. {@code NE} matches every chunk whose value differs, chunks without the key
 * included; a range matches only chunks whose value is a number.
 */
final class FilterQueries {
    static final Query CHUNKS = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_CHUNK));

    private FilterQueries() {
    }

    /**
     * Null when the filter is empty (no restriction). Metadata fields exist on chunk records only, so the clause
     * restricting to chunks is added only when no positive condition does it already (NE alone): every extra
     * clause is one more posting list to intersect, and kNN search turns the filter into a bit set per query.
     */
    static Query of(Filter filter) {
        if (filter == null || filter.isEmpty()) return null;
        filter.conditions().forEach(FilterQueries::requireFieldAndOp);
        List<Query> positives = filter.conditions().stream().filter(c -> c.op() != Filter.Op.NE)
                .map(FilterQueries::positive).toList();
        List<Query> negatives = filter.conditions().stream().filter(c -> c.op() == Filter.Op.NE)
                .map(c -> keyword(c.field(), single(c))).toList();
        if (positives.size() == 1 && negatives.isEmpty()) return positives.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (positives.isEmpty()) b.add(CHUNKS, Occur.FILTER);
        positives.forEach(q -> b.add(q, Occur.FILTER));
        negatives.forEach(q -> b.add(q, Occur.MUST_NOT));
        return b.build();
    }

    private static void requireFieldAndOp(Condition c) {
        if (c.field() == null || c.field().isEmpty()) {
            throw GantryException.invalid("filter", "a filter condition has no field; name the metadata field");
        }
        if (c.op() == null) {
            throw GantryException.invalid("filter", "filter on '" + c.field() + "' has no operator; use one of "
                    + "eq, ne, in, gt, gte, lt, lte");
        }
    }

    private static Query positive(Condition c) {
        return switch (c.op()) {
            case EQ -> keyword(c.field(), single(c));
            case IN -> anyOf(c);
            case GT -> range(c, Math.nextUp(bound(c)), Double.POSITIVE_INFINITY);
            case GTE -> range(c, bound(c), Double.POSITIVE_INFINITY);
            case LT -> range(c, Double.NEGATIVE_INFINITY, Math.nextDown(bound(c)));
            case LTE -> range(c, Double.NEGATIVE_INFINITY, bound(c));
            case NE -> throw new IllegalArgumentException("NE is a negative clause");
        };
    }

    private static Query keyword(String field, String value) {
        return new TermQuery(new Term(IndexFields.keyword(field), value));
    }

    private static Query anyOf(Condition c) {
        if (c.values().isEmpty()) return new MatchNoDocsQuery("IN with no values");
        List<BytesRef> terms = c.values().stream().map(v -> new BytesRef(requireValue(c, v))).toList();
        return new TermInSetQuery(IndexFields.keyword(c.field()), terms);
    }

    private static Query range(Condition c, double lower, double upper) {
        return DoublePoint.newRangeQuery(IndexFields.number(c.field()), lower, upper);
    }

    private static String single(Condition c) {
        if (c.values().size() != 1) {
            throw GantryException.invalid("filter", "filter on '" + c.field() + "' with " + name(c) + " has "
                    + c.values().size() + " values; it needs exactly one");
        }
        return requireValue(c, c.values().get(0));
    }

    private static String requireValue(Condition c, String value) {
        if (value == null) {
            throw GantryException.invalid("filter", "filter on '" + c.field() + "' has a null value; "
                    + "metadata values are text or numbers");
        }
        return value;
    }

    private static double bound(Condition c) {
        String value = single(c);
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isFinite(d)) return d;
        } catch (NumberFormatException e) {
            // reported below with the field and the value
        }
        throw GantryException.invalid("filter", "filter on '" + c.field() + "' with " + name(c) + " needs a number, "
                + "got '" + value + "'; range operators compare numbers (use eq/ne/in for text)");
    }

    private static String name(Condition c) {
        return c.op().name().toLowerCase(java.util.Locale.ROOT);
    }
}
