package dev.gantry.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * User text as a bag-of-words BM25 query, the way Anserini builds its BEIR baselines: the text goes through the
 * same analyser as the index (EnglishAnalyzer: standard tokenizer, possessives, lower case, English stop words,
 * Porter stemming) and each distinct term becomes a SHOULD clause, boosted by how often the query repeats it.
 * No query syntax is parsed, so any user text is a valid query.
 */
final class TextQueries {
    /** Anserini's BM25 parameters (k1 = 0.9, b = 0.4), with which it reports nDCG@10 0.679 on BEIR SciFact. */
    static final Similarity SIMILARITY = new BM25Similarity(0.9f, 0.4f);

    private TextQueries() {
    }

    static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    /** Null when the text has no searchable term (empty, punctuation or stop words only). */
    static Query of(Analyzer analyzer, String text) {
        if (text == null || text.isBlank()) return null;
        Map<String, Integer> counts = termCounts(analyzer, text);
        if (counts.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        // half of Lucene's clause limit leaves room for the filter; terms past it add little to so long a query
        int termsLeft = IndexSearcher.getMaxClauseCount() / 2;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (termsLeft-- == 0) break;
            Query term = new TermQuery(new Term(IndexFields.BM25, e.getKey()));
            b.add(e.getValue() == 1 ? term : new BoostQuery(term, e.getValue()), Occur.SHOULD);
        }
        return b.build();
    }

    private static Map<String, Integer> termCounts(Analyzer analyzer, String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.BM25, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) counts.merge(term.toString(), 1, Integer::sum);
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return counts;
    }
}
