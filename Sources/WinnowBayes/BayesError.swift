/// Errors of the classifier module; each names the file or the data at fault.
public enum BayesError: Error, CustomStringConvertible, Equatable {
    case notAModel(path: String)
    case newerVersion(path: String, found: UInt32, supported: UInt32)
    case truncated(path: String)
    case checksumMismatch(path: String)
    case corrupt(path: String, detail: String)
    case wrongKind(path: String, expected: String)
    case noTrainingData
    case singleLabel(label: String)
    /// `winnow adapt` from a model that already holds a site's decisions.
    case alreadyAdapted(domain: String)
    /// No head has decisions of both its label and the negative label.
    case noContrast(labels: [String: Int])

    public var description: String {
        switch self {
        case .notAModel(let path):
            "\(path): not a Winnow model (bad magic number)"
        case .newerVersion(let path, let found, let supported):
            "\(path): model format version \(found) is newer than this winnow supports (\(supported)); upgrade winnow"
        case .truncated(let path):
            "\(path): model file is truncated"
        case .checksumMismatch(let path):
            "\(path): model file is damaged (checksum mismatch)"
        case .corrupt(let path, let detail):
            "\(path): model file is damaged (\(detail))"
        case .wrongKind(let path, let expected):
            "\(path): expected a \(expected) file"
        case .noTrainingData:
            "no training rows: every input was empty or skipped"
        case .singleLabel(let label):
            "training data has a single label (\(label)); a classifier needs at least two"
        case .alreadyAdapted(let domain):
            "the base model is already adapted (it counts decisions as domain '\(domain)'); adapt the model it came from, with every decision"
        case .noContrast(let labels):
            "the decisions hold \(labels.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")): "
                + "adapting needs both a flagged label and the negative one"
        }
    }
}
