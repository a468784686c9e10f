/// The model's source of truth: document counts per class (label within domain) and per
/// feature.
///
/// Everything a classifier needs derives from these counts, and counts add: training on
/// two shards and merging equals training on the union (scikit-learn's `partial_fit`).
/// Counts are whole numbers, so sums are exact in any order.
public struct ClassCounts: Sendable, Equatable {
    public private(set) var classes: [ClassKey]
    /// Number of training comments per class.
    public private(set) var documents: [Double]
    /// Feature hash -> row in `counts` and `names`.
    package private(set) var index = FeatureIndex()
    package private(set) var hashes: [UInt64] = []
    package private(set) var names: [String] = []
    /// Row-major: `counts[row * classes.count + class]`, comments holding the feature.
    package private(set) var counts: [Float] = []

    public init(classes: [ClassKey] = []) {
        self.classes = classes
        documents = Array(repeating: 0, count: classes.count)
    }

    public var featureCount: Int { hashes.count }

    package func classIndex(_ key: ClassKey) -> Int? { classes.firstIndex(of: key) }

    /// Labels in order of first appearance.
    public var labels: [String] {
        var seen = Set<String>()
        return classes.map(\.label).filter { seen.insert($0).inserted }
    }

    /// Adds a class not seen before; existing counts keep their meaning.
    package mutating func addClass(_ key: ClassKey) -> Int {
        if let i = classIndex(key) { return i }
        let old = classes.count
        classes.append(key)
        documents.append(0)
        var widened = [Float](repeating: 0, count: hashes.count * (old + 1))
        for row in 0..<hashes.count {
            for k in 0..<old { widened[row * (old + 1) + k] = counts[row * old + k] }
        }
        counts = widened
        return old
    }

    /// Counts one comment: `features` are its distinct feature hashes, `name` names them.
    package mutating func add(features: [UInt64], class label: Int, name: (UInt64) -> String) {
        documents[label] += 1
        let k = classes.count
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
            counts[row * k + label] += 1
        }
    }

    /// Adds another set of counts (classes matched by label and domain).
    public mutating func merge(_ other: ClassCounts) {
        let map = other.classes.map { addClass($0) }
        for (j, d) in other.documents.enumerated() { documents[map[j]] += d }
        let k = classes.count, ok = other.classes.count
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

    /// Drops features seen in fewer than `minimum` comments, in a canonical order (classes
    /// and features sorted) so that equal counts give byte-equal model files.
    package func pruned(minimum: Float) -> ClassCounts {
        let k = classes.count
        let classOrder = classes.indices.sorted { classes[$0] < classes[$1] }
        var kept = ClassCounts(classes: classOrder.map { classes[$0] })
        kept.documents = classOrder.map { documents[$0] }
        let order = hashes.indices.sorted { hashes[$0] < hashes[$1] }
        for row in order {
            var total: Float = 0
            for j in 0..<k { total += counts[row * k + j] }
            guard total >= minimum else { continue }
            kept.index[hashes[row]] = Int32(kept.hashes.count)
            kept.hashes.append(hashes[row])
            kept.names.append(names[row])
            for j in classOrder { kept.counts.append(counts[row * k + j]) }
        }
        return kept
    }

    /// Rebuilds counts from stored rows. `indexed: false` leaves the hash -> row index to
    /// `buildIndex()` (model loading builds it on its second thread, off the critical path).
    package init(
        classes: [ClassKey], documents: [Double], hashes: [UInt64], names: [String], counts: [Float],
        indexed: Bool = true
    ) {
        self.classes = classes
        self.documents = documents
        self.hashes = hashes
        self.names = names
        self.counts = counts
        if indexed { buildIndex() }
    }

    /// Fills the hash -> row index if it is not complete.
    package mutating func buildIndex() {
        guard index.count != hashes.count else { return }
        index.reserveCapacity(hashes.count)
        for (row, h) in hashes.enumerated() { index[h] = Int32(row) }
    }
}
