"""Detection: rules, classifier, semantic linking and fusion -> Signals."""
