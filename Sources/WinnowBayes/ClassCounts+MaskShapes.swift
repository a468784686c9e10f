extension ClassCounts {
    /// Per row, whether the feature is a word's mask counted in training
    /// (`FeatureExtractor.isMaskShape`), for the heads that leave them whole.
    func maskShapeRows() -> [Bool] {
        names.map { name in
            var name = name
            return name.withUTF8(FeatureExtractor.isMaskShape)
        }
    }
}
