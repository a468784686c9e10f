import WinnowPipeline

/// The review's keys for the labels a verdict file scores: `a` approves (label `ok`), `h`
/// and `o` decide hostile and off-topic, and digits 1-9 the model's other labels in
/// column order.
struct ReviewKeys {
    let labels: [(key: Character, label: Label)]

    init(_ columns: VerdictColumns) {
        var labels: [(Character, Label)] = [("a", .ok), ("h", .hostile), ("o", .offtopic)]
        for (k, label) in columns.labels.dropFirst(2).prefix(9).enumerated() {
            labels.append((Character(String(k + 1)), label))
        }
        self.labels = labels
    }

    func label(_ key: Character) -> Label? { labels.first { $0.key == key }?.label }

    /// "[a] approve  [h] hostile  [o] off-topic  [1] toxic  [s] skip  [u] undo  [q] quit".
    var legend: String {
        let named = labels.map {
            "[\($0.key)] \($0.label == .ok ? "approve" : $0.label == .offtopic ? "off-topic" : $0.label.rawValue)"
        }
        return (named + ["[s] skip", "[u] undo", "[q] quit"]).joined(separator: "  ")
    }
}
