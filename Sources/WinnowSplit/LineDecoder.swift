/// Viterbi decoding of the most likely state sequence over a page's lines.
struct LineDecoder {
    let emission: Emission

    func decode(_ features: [LineFeatures]) -> [LineState] {
        let states = LineState.allCases
        let n = features.count, k = states.count
        guard n > 0 else { return [] }
        var score = [Double](repeating: -.infinity, count: n * k)
        var back = [Int](repeating: -1, count: n * k)
        for s in states {
            score[s.rawValue] = Emission.start(s) + emission.score(s, features[0])
        }
        for i in 1..<n {
            let e = states.map { emission.score($0, features[i]) }
            for a in states where score[(i - 1) * k + a.rawValue] > -.infinity {
                let base = score[(i - 1) * k + a.rawValue]
                for b in a.successors {
                    let v = base + emission.transition(a, b) + e[b.rawValue]
                    if v > score[i * k + b.rawValue] {
                        score[i * k + b.rawValue] = v
                        back[i * k + b.rawValue] = a.rawValue
                    }
                }
            }
        }
        // A page may not end on an author line or its meta lines: a comment needs a body.
        var best = -1
        for s in states where s != .header && s != .meta {
            if best < 0 || score[(n - 1) * k + s.rawValue] > score[(n - 1) * k + best] { best = s.rawValue }
        }
        var path = [LineState](repeating: .article, count: n)
        var cur = best
        for i in stride(from: n - 1, through: 0, by: -1) {
            path[i] = LineState(rawValue: cur) ?? .article
            cur = back[i * k + cur]
            if cur < 0 && i > 0 { cur = LineState.article.rawValue }
        }
        return path
    }
}
