/// Which domain each training source belongs to, and how much each domain's expert weighs.
///
/// Read from a CSV with columns `source,domain[,weight]`. Sources that share a domain are
/// compared with each other (news-site hostile comments against news-site civil ones).
public struct DomainMap: Sendable, Equatable {
    public private(set) var domains: [String: String] = [:]
    public private(set) var weights: [String: Double] = [:]

    public init() {}

    public func domain(of source: String) -> String { domains[source] ?? source }

    public static func read(_ path: String) throws(PipelineError) -> DomainMap {
        let table = try CSVTable(path: path)
        let source = try table.column("source"), domain = try table.column("domain")
        let weight = table.optionalColumn("weight")
        var map = DomainMap()
        while let row = try table.next() {
            let f = row.fields
            map.domains[f[source]] = f[domain]
            if let weight, !f[weight].isEmpty {
                guard let w = Double(f[weight]), w >= 0, w.isFinite else {
                    throw .badOption("\(path):\(row.line): weight '\(f[weight])' is not a non-negative number")
                }
                map.weights[f[domain]] = w
            }
        }
        return map
    }
}
