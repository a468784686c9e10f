import Foundation

/// Per-label numbers given on the command line: "0.8" (every label, stored under "*") or
/// "hostile=0.8,offtopic=0.95". Thresholds, base rates and shrinks share this form.
public enum LabelValues {
    /// `what` names the option in the error, `expected` says what a value must be, and
    /// `example` shows one; `valid` checks each value.
    public static func parse(
        _ spec: String, what: String, expected: String, example: String,
        valid: (Double) -> Bool
    ) throws(PipelineError) -> [String: Double] {
        var result: [String: Double] = [:]
        for part in spec.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = pieces.count == 2 ? String(pieces[0]).trimmingCharacters(in: .whitespaces) : "*"
            guard !name.isEmpty, let value = Double(String(pieces.last ?? "").trimmingCharacters(in: .whitespaces)),
                valid(value)
            else {
                throw .badOption("\(what) '\(part)' is not \(expected) (e.g. \(example))")
            }
            result[name] = value
        }
        return result
    }
}
