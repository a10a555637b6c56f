"""Retrieval, by concern: `embeddings` (the embedded MiniLM and the static
embedder), `lexical` (BM25), `splitting` (how documents are cut), `index` (the
FAISS + BM25 index, its files and its hybrid search), `follow_ups` (a follow-up's
subject), `ingest` (reading files into the index; the index a server opens).
Imports point one way: ingest -> index -> lexical, embeddings.
"""
