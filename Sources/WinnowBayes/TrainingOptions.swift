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
    public var idfPower: Double = -0.5
    /// Per label, how far each feature's combined weight in its head moves toward 0;
    /// weights nearer 0 become 0 (soft thresholding, in the head's calibrated log-odds
    /// before length normalisation). In a head trained on tens of thousands of comments,
    /// hundreds of weak, correlated features (a word's character grams, its bigrams)
    /// otherwise outvote the few that carry the evidence; a small domain's head (YouTube
    /// spam, 1,400 comments) has few features to spare and does worse with it, so labels
    /// not listed (nor covered by "*") are left alone.
    public var shrinks: [String: Double] = ["hostile": 0.9]
    /// Length normalisation counts every distinct feature of the comment (true), or only
    /// those the model knows (false: files from before version 4). Counting all of them
    /// lets features whose weights all shrank to 0 leave the scoring table.
    public var lengthCountsEveryFeature = true
    /// Add character 4-grams of words as features (robust to misspellings).
    public var charGrams: Bool = true
    /// Count each word of four letters or more also as its mask ("s****d"), so masks the
    /// normalizer cannot read weigh as the words they may hide (files before: off).
    public var maskShapes: Bool = true

    public init() {}

    /// The shrink of `label`'s head: its own, else the one for every label ("*"), else 0.
    public func shrink(_ label: String) -> Double { shrinks[label] ?? shrinks["*"] ?? 0 }
}
