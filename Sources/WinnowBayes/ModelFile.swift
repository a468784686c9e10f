/// The binary model format. Little-endian throughout:
///
///     magic "WINNOWNB" | version u32 | kind u32 (0 model, 1 count shard)
///     alpha f64 | minimumCount f64 | uniformPrior u8 | negativeLabel str
///     labels u32, then per label: name str | documents f64 | calibration a f64, b f64
///     features u32 = n | hashes u64 x n | counts f32 x n x labels | names str x n
///     checksum u64 (FNV-1a 64 of every byte before it)
///
/// `str` is a u32 byte length and UTF-8 bytes. See Docs/model-format.md.
public enum ModelFile {
    public static let magic = Array("WINNOWNB".utf8)
    public static let version: UInt32 = 1

    public enum Kind: UInt32, Sendable { case model = 0, counts = 1 }

    public static func encode(_ model: Model, kind: Kind = .model) -> [UInt8] {
        var w = ByteWriter()
        w.bytes(magic)
        w.u32(version)
        w.u32(kind.rawValue)
        let o = model.options
        w.f64(o.alpha)
        w.f64(o.minimumCount)
        w.bytes([o.uniformPrior ? 1 : 0])
        w.string(o.negativeLabel)
        let c = model.counts
        let calibrations = model.calibrations
        w.u32(UInt32(c.labels.count))
        for (i, label) in c.labels.enumerated() {
            w.string(label)
            w.f64(c.documents[i])
            let cal = calibrations[label] ?? .identity
            w.f64(cal.a)
            w.f64(cal.b)
        }
        w.u32(UInt32(c.featureCount))
        for h in c.hashes { w.u64(h) }
        for x in c.counts { w.u32(x.bitPattern) }
        for name in c.names { w.string(name) }
        w.u64(checksum(w.data[...]))
        return w.data
    }

    public static func decode(_ data: [UInt8], path: String) throws(BayesError) -> (Model, Kind) {
        guard data.count >= 8, Array(data[0..<8]) == magic else { throw .notAModel(path: path) }
        var r = ByteReader(data: data, path: path, position: 8)
        let found = try r.u32()
        guard found <= version else { throw .newerVersion(path: path, found: found, supported: version) }
        guard data.count >= 16 else { throw .truncated(path: path) }
        let stored = data.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: data.count - 8, as: UInt64.self)) }
        guard checksum(data[..<(data.count - 8)]) == stored else {
            // A short file fails the checksum too; say which it is.
            throw data.count < 64 ? .truncated(path: path) : .checksumMismatch(path: path)
        }
        guard let kind = Kind(rawValue: try r.u32()) else { throw .corrupt(path: path, detail: "unknown kind") }
        var options = TrainingOptions()
        options.alpha = try r.f64()
        options.minimumCount = try r.f64()
        options.uniformPrior = try r.byte() != 0
        options.negativeLabel = try r.string()
        let k = Int(try r.u32())
        guard k >= 1, k < 10_000 else { throw .corrupt(path: path, detail: "label count \(k)") }
        var labels: [String] = [], documents: [Double] = [], calibrations: [String: Calibration] = [:]
        for _ in 0..<k {
            let name = try r.string()
            labels.append(name)
            documents.append(try r.f64())
            calibrations[name] = Calibration(a: try r.f64(), b: try r.f64())
        }
        let n = Int(try r.u32())
        guard n <= (data.count - r.position) / 8 else { throw .truncated(path: path) }
        let hashes = try r.u64s(n)
        let counts = try r.f32s(n * k)
        var names: [String] = []
        names.reserveCapacity(n)
        for _ in 0..<n { names.append(try r.string()) }
        let c = ClassCounts(labels: labels, documents: documents, hashes: hashes, names: names, counts: counts)
        guard c.index.count == n else { throw .corrupt(path: path, detail: "duplicate feature") }
        return (Model(counts: c, options: options, calibrations: calibrations), kind)
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }
}
