"""`python -m benchmarks`: the runner of issue 9 (see benchmarks/runner.py and README.md)."""

from benchmarks.runner import main

main()
