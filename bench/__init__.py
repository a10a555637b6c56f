"""Benchmarks: each compares threadline with a baseline run side by side."""
