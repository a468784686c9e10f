/// Hyper-parameters of a model; stored in the model file so scoring matches training.
public struct TrainingOptions: Sendable, Equatable {
    /// Lidstone smoothing added to every feature count.
    public var alpha: Double = 1
    /// Features seen in fewer weighted comments are dropped from the saved model.
    public var minimumCount: Double = 2
    /// The label meaning "nothing wrong"; every other label gets a score.
    public var negativeLabel: String = "ok"
    /// Treat classes as equally likely a priori (the calibration restores the base rate).
    public var uniformPrior: Bool = true
    /// Scores are divided by (number of features)^lengthPower: 0 sums the evidence, 0.5
    /// is the L2 length normalisation of Rennie et al., so long comments do not win by length.
    public var lengthPower: Double = 0.5
    /// Each domain's feature weights are scaled by (IDF / mean IDF)^idfPower (see
    /// `RarityScale`): negative values shrink rare features, 0 leaves weights alone.
    public var idfPower: Double = -0.25
    /// Add character 4-grams of words as features (robust to misspellings).
    public var charGrams: Bool = true

    public init() {}
}
