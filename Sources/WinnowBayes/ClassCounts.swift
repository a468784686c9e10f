/// The model's source of truth: weighted document counts per label and per feature.
///
/// Everything a classifier needs derives from these counts, and counts add: training on
/// two shards and merging equals training on the union (scikit-learn's `partial_fit`).
public struct ClassCounts: Sendable, Equatable {
    public private(set) var labels: [String]
    /// Weighted number of training comments per label.
    public private(set) var documents: [Double]
    /// Feature hash -> row in `counts` and `names`.
    package private(set) var index: [UInt64: Int32] = [:]
    package private(set) var hashes: [UInt64] = []
    package private(set) var names: [String] = []
    /// Row-major: `counts[row * labels.count + label]`, weighted comments holding the feature.
    package private(set) var counts: [Float] = []

    public init(labels: [String]) {
        self.labels = labels
        documents = Array(repeating: 0, count: labels.count)
    }

    public var featureCount: Int { hashes.count }

    package func labelIndex(_ name: String) -> Int? { labels.firstIndex(of: name) }

    /// Adds a label not seen before; existing counts keep their meaning.
    package mutating func addLabel(_ name: String) -> Int {
        if let i = labelIndex(name) { return i }
        let old = labels.count
        labels.append(name)
        documents.append(0)
        var widened = [Float](repeating: 0, count: hashes.count * (old + 1))
        for row in 0..<hashes.count {
            for k in 0..<old { widened[row * (old + 1) + k] = counts[row * old + k] }
        }
        counts = widened
        return old
    }

    /// Counts one comment: `features` are its distinct feature hashes, `name` names them.
    package mutating func add(features: [UInt64], label: Int, weight: Double,
                              name: (UInt64) -> String) {
        documents[label] += weight
        let k = labels.count
        for h in features {
            let row: Int
            if let r = index[h] {
                row = Int(r)
            } else {
                row = hashes.count
                index[h] = Int32(row)
                hashes.append(h)
                names.append(name(h))
                counts.append(contentsOf: repeatElement(0, count: k))
            }
            counts[row * k + label] += Float(weight)
        }
    }

    /// Adds another set of counts (labels matched by name).
    public mutating func merge(_ other: ClassCounts) {
        let map = other.labels.map { addLabel($0) }
        for (j, d) in other.documents.enumerated() { documents[map[j]] += d }
        let k = labels.count, ok = other.labels.count
        for row in 0..<other.hashes.count {
            let h = other.hashes[row]
            var mine = index[h].map(Int.init) ?? -1
            if mine < 0 {
                mine = hashes.count
                index[h] = Int32(mine)
                hashes.append(h)
                names.append(other.names[row])
                counts.append(contentsOf: repeatElement(0, count: k))
            }
            for j in 0..<ok { counts[mine * k + map[j]] += other.counts[row * ok + j] }
        }
    }

    /// Drops features seen in fewer than `minimum` weighted comments, in a canonical order
    /// (sorted by hash) so that equal counts give byte-equal model files.
    package mutating func pruned(minimum: Float) -> ClassCounts {
        let k = labels.count
        var kept = ClassCounts(labels: labels)
        kept.documents = documents
        let order = (0..<hashes.count).sorted { hashes[$0] < hashes[$1] }
        for row in order {
            let slice = counts[row * k..<(row + 1) * k]
            guard slice.reduce(0, +) >= minimum else { continue }
            kept.index[hashes[row]] = Int32(kept.hashes.count)
            kept.hashes.append(hashes[row])
            kept.names.append(names[row])
            kept.counts.append(contentsOf: slice)
        }
        return kept
    }

    /// Rebuilds counts from stored rows (model loading).
    package init(labels: [String], documents: [Double], hashes: [UInt64], names: [String], counts: [Float]) {
        self.labels = labels
        self.documents = documents
        self.hashes = hashes
        self.names = names
        self.counts = counts
        index.reserveCapacity(hashes.count)
        for (row, h) in hashes.enumerated() { index[h] = Int32(row) }
    }
}
