"""Quality evaluations on labelled data kept in bench/evals/data/ (`make evals` runs
them all)."""
