package com.fashionos.activities.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Text embeddings from BAAI bge-small-en-v1.5 (quantized), run in process from the model inside its jar: no network,
 * no key. Loaded once, on first use (about a second).
 *
 * <p>Query embeddings are remembered (the last {@link #CACHED_QUERIES} texts): drafts to similar recipients ask the
 * Retriever the same question ("outreach sponsor pitch Head of Partnerships …"), and the model is the costliest CPU
 * of a retrieval. The model is deterministic, so a remembered vector is exactly the one it would compute again.
 */
@Component
public class LocalEmbeddings {

    /** bge's instruction for short retrieval queries (passages are embedded without it). */
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    /** Query texts whose embeddings are kept (a vector is 384 floats, 1.5 KB). */
    static final int CACHED_QUERIES = 1024;

    private volatile @Nullable EmbeddingModel model;

    private final Map<String, float[]> queries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED_QUERIES;
        }
    };

    /** The embedding of a passage (a playbook section). */
    public float[] passage(String text) {
        return model().embed(text).content().vector();
    }

    /** The embedding of a search query (a copy: callers may change it). */
    public float[] query(String text) {
        float[] known;
        synchronized (queries) {
            known = queries.get(text);
        }
        if (known == null) {
            known = model().embed(QUERY_INSTRUCTION + text).content().vector();
            synchronized (queries) {
                queries.put(text, known);
            }
        }
        return known.clone();
    }

    /** Cosine similarity of two vectors of the same length (0 when either is empty or they differ in length). */
    public static double cosine(float[] a, float[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / (Math.sqrt(na) * Math.sqrt(nb));
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new BgeSmallEnV15QuantizedEmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }
}
