//! The trained named-entity tagger (averaged perceptron, CoNLL-2003).
