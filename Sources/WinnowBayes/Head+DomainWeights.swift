#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

extension Head {
    /// Raw log-odds per feature in one domain (nil if the domain lacks either class).
    static func domainWeights(
        _ counts: ClassCounts, _ label: String, _ options: TrainingOptions,
        _ domain: String
    ) -> [Double]? {
        domainWeights(counts, label, options, [domain])[0]
    }

    /// Raw log-odds per feature in each of `domains` (nil where a domain lacks either class).
    ///
    /// One pass over the counts gathers every domain's totals (`DomainTotals`), then one
    /// tight pass per domain writes its weights through pointers, with ln(c + α) looked up:
    /// per-feature logarithms and writes through nested arrays were most of the time it
    /// took to load a model.
    static func domainWeights(
        _ counts: ClassCounts, _ label: String, _ options: TrainingOptions,
        _ domains: [String]
    ) -> [[Double]?] {
        let classes: [(pos: Int, neg: Int)?] = domains.map { d in
            guard let pos = counts.classIndex(ClassKey(label: label, domain: d)),
                let neg = counts.classIndex(ClassKey(label: options.negativeLabel, domain: d))
            else { return nil }
            return (pos, neg)
        }
        let present = classes.compactMap { $0 }
        let totals = DomainTotals(counts, present, rarity: options.idfPower != 0)
        let alpha = options.alpha
        // ln(c + α) looked up for the whole counts below 4,096, nearly all of them: two
        // logarithms per feature and domain were a fifth of loading a model.
        let logs = (0..<4096).map { log(Double($0) + alpha) }
        let k = counts.classes.count, rows = counts.featureCount
        let weights: [[Double]] = present.indices.map { d in
            let (pos, neg) = present[d]
            // Smooth over the domain's own vocabulary: the whole model's would swamp a
            // small domain's counts (YouTube's 1,400 comments against 230,000 features).
            let v = Double(max(totals.seen[d], 1))
            let denomPos = log(totals.pos[d] + alpha * v), denomNeg = log(totals.neg[d] + alpha * v)
            let rarity =
                options.idfPower == 0
                ? nil
                : totals.rarity(d, power: options.idfPower, documents: counts.documents[pos] + counts.documents[neg])
            return [Double](unsafeUninitializedCapacity: rows) { out, initialized in
                counts.counts.withUnsafeBufferPointer { c in
                    logs.withUnsafeBufferPointer { logs in
                        // Safe: `out` has room for `rows` entries; row * k + class is
                        // inside `c`; the log table is indexed below its size.
                        func logPlusAlpha(_ x: Float) -> Double {
                            let whole = Int(x)
                            return Float(whole) == x && whole >= 0 && whole < logs.count
                                ? logs[whole] : log(Double(x) + alpha)
                        }
                        for row in 0..<rows {
                            let p = c[row * k + pos], n = c[row * k + neg]
                            // A feature this domain never saw is no evidence here (it would
                            // only add the constant ratio of the smoothing denominators).
                            guard p + n > 0 else {
                                out.initializeElement(at: row, to: 0)
                                continue
                            }
                            let w = (logPlusAlpha(p) - denomPos) - (logPlusAlpha(n) - denomNeg)
                            out.initializeElement(at: row, to: rarity.map { w * $0.factor(Double(p + n)) } ?? w)
                        }
                    }
                }
                initialized = rows
            }
        }
        var next = 0
        return classes.map { c in
            guard c != nil else { return nil }
            defer { next += 1 }
            return weights[next]
        }
    }
}

extension Head {
    /// Per-feature log-odds of a site's decisions (an adapted expert; nil when the site
    /// lacks either class): log(p / P + s / N) - log(n / M + s / N), for a feature in p of
    /// the P comments of the label and n of the M negative ones, N = P + M, s the smoothing.
    ///
    /// Both shares get the same floor, so a feature neither class holds more often weighs
    /// about 0. The vocabulary smoothing of `domainWeights` gives a few hundred unbalanced
    /// decisions (a rare label) a positive weight for nearly every feature of the smaller
    /// class, which ranks long comments as hostile.
    static func siteWeights(
        _ counts: ClassCounts, _ label: String, _ negative: String, _ domain: String,
        _ smoothing: Double
    ) -> [Double]? {
        guard let pos = counts.classIndex(ClassKey(label: label, domain: domain)),
            let neg = counts.classIndex(ClassKey(label: negative, domain: domain))
        else { return nil }
        let dp = counts.documents[pos], dn = counts.documents[neg]
        guard dp > 0, dn > 0 else { return nil }
        let k = counts.classes.count, floor = smoothing / (dp + dn)
        return (0..<counts.featureCount).map { row in
            let p = Double(counts.counts[row * k + pos]), n = Double(counts.counts[row * k + neg])
            return p + n > 0 ? log(p / dp + floor) - log(n / dn + floor) : 0
        }
    }
}
