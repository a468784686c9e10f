/// Which domain each training source belongs to, and how much each domain's expert weighs.
///
/// Read from a CSV with columns `source,domain[,weight][,bound]`. Sources that share a domain
/// are compared with each other (news-site hostile comments against news-site civil ones).
/// A `bound` holds that domain's expert near the other domains' evidence, for a domain whose
/// labels come from different sites (see `Head.expertWeights`).
public struct DomainMap: Sendable, Equatable {
    public private(set) var domains: [String: String] = [:]
    public private(set) var weights: [String: Double] = [:]
    public private(set) var bounds: [String: Double] = [:]

    public init() {}

    public func domain(of source: String) -> String { domains[source] ?? source }

    public static func read(_ path: String) throws(PipelineError) -> DomainMap {
        let table = try CSVTable(path: path)
        let source = try table.column("source"), domain = try table.column("domain")
        let weight = table.optionalColumn("weight"), bound = table.optionalColumn("bound")
        var map = DomainMap()
        while let row = try table.next() {
            let f = row.fields
            map.domains[f[source]] = f[domain]
            if let weight, !f[weight].isEmpty {
                map.weights[f[domain]] = try number(f[weight], "weight", path, row.line)
            }
            if let bound, !f[bound].isEmpty {
                map.bounds[f[domain]] = try number(f[bound], "bound", path, row.line)
            }
        }
        return map
    }

    private static func number(_ text: String, _ column: String, _ path: String, _ line: Int) throws(PipelineError)
        -> Double
    {
        guard let value = Double(text), value >= 0, value.isFinite else {
            throw .badOption("\(path):\(line): \(column) '\(text)' is not a non-negative number")
        }
        return value
    }
}
