/// `--label-map 1=hostile,0=ok`: label values (or label column names) renamed.
public enum LabelMap {
    public static func parse(_ spec: String) throws(PipelineError) -> [String: String] {
        var map: [String: String] = [:]
        for part in spec.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else {
                throw .usage("--label-map '\(part)' is not VALUE=LABEL (e.g. 1=hostile,0=ok)")
            }
            map[pair[0]] = pair[1]
        }
        guard !map.isEmpty else { throw .usage("--label-map is empty (e.g. 1=hostile,0=ok)") }
        return map
    }
}
