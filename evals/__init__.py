"""The evaluations and their baselines (beside the question sets): ``python -m evals.run FILE``
scores the engine through the service; ``evals.scoring`` and ``evals.fair_baseline`` score the
blind sets; ``evals.blindgen`` is the blind report generator. Tooling, not a floor: may import
the service and the vocabulary."""
