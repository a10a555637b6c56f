"""Performance runs: speed and memory, each against a baseline in the same run
(`make bench` runs them all)."""
