#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// How much a domain expert trusts a feature by how common it is in that domain:
/// (IDF ÷ the domain's mean IDF) ^ power, with IDF = ln(1 + documents ÷ df).
///
/// With a negative power, rare features weigh less. Their log-ratios rest on a handful of
/// comments, so they are the noisiest part of a naive Bayes score (and, in a domain whose
/// two labels come from different sites, the likeliest to name the site). Measured on the
/// news dev set and held-out tweets in Models/README.md ("Fourth round").
struct RarityScale {
    let power: Double
    private let documents: Double
    private let meanIDF: Double
    /// The factor for each whole document frequency below the table's size: features are
    /// counted once per comment, so frequencies are whole, and most are small.
    private let table: [Double]

    /// `frequencies`: the domain's document frequency of each feature it saw (> 0), in any
    /// order.
    init(power: Double, documents: Double, frequencies: [Double]) {
        var histogram = [Int](repeating: 0, count: RarityScale.tableSize)
        var rest: [Double] = []
        for df in frequencies {
            if let i = RarityScale.bin(df) { histogram[i] += 1 } else { rest.append(df) }
        }
        self.init(power: power, documents: documents, histogram: histogram[...], rest: rest)
    }

    /// The same from how many features have each whole frequency below `tableSize`, and
    /// the other frequencies. The mean is summed in an order fixed by the values (whole
    /// frequencies ascending, then the rest sorted), so shards merged in any order and the
    /// union they came from get the same scale to the last bit.
    init(power: Double, documents: Double, histogram: ArraySlice<Int>, rest: [Double]) {
        let n = max(documents, 1)
        var sum = 0.0, count = rest.count
        for (df, features) in histogram.enumerated() where features > 0 {
            sum += Double(features) * log(1 + n / Double(df))
            count += features
        }
        for df in rest.sorted() { sum += log(1 + n / df) }
        let mean = count == 0 ? 1 : sum / Double(count)
        (self.power, self.documents, meanIDF) = (power, n, mean)
        table = (0..<RarityScale.tableSize).map { $0 == 0 ? 1 : RarityScale.factor(Double($0), n, mean, power) }
    }

    static let tableSize = 4096

    /// The histogram and table index of a frequency: whole and below `tableSize`.
    @inline(__always)
    static func bin(_ df: Double) -> Int? {
        let whole = Int(df)
        return Double(whole) == df && whole > 0 && whole < tableSize ? whole : nil
    }

    func factor(_ df: Double) -> Double {
        guard let i = RarityScale.bin(df) else { return RarityScale.factor(df, documents, meanIDF, power) }
        return table[i]
    }

    private static func factor(_ df: Double, _ documents: Double, _ meanIDF: Double, _ power: Double) -> Double {
        pow(log(1 + documents / df) / meanIDF, power)
    }
}
