/// The binary model format. Little-endian throughout:
///
///     magic "WINNOWNB" | version u32 | kind u32 (0 model, 1 count shard)
///     alpha f64 | minimumCount f64 | lengthPower f64 | flags u8 (1 uniform prior, 2 char
///         grams, 4 length counts every feature: v4, 8 words also counted as their masks:
///         later v5 files; earlier files lack the bit, and so the counts)
///     negativeLabel str | idfPower f64 (v3; earlier files: 0)
///         | shrinks u32, then per label: label str | shrink f64 (v4; earlier: none)
///     classes u32, then per class: label str | domain str | documents f64
///     heads u32, then per head: label str | a f64 | b f64 | experts u32,
///         then per expert: domain str | weight f64 | a f64 | b f64 | bound f64 (v2; < 0: none)
///         | flags u8 (v5; 1 learnt from a site's decisions, then: smoothing f64)
///     adaptation u8 (v5; 0 none, 1 then: domain str | decisions u32 | labels u32, then per
///         label: label str | positives u32 | negatives u32 | weight f64 | baseAUC f64 | adaptedAUC f64)
///     features u32 = n | hashes u64 x n (ascending)
///     then per feature: a bitmask of ceil(classes/8) bytes marking its non-zero classes,
///         a varint count for each marked class, and its name (varint length, UTF-8)
///     checksum u64 of every byte before it (see `checksum`)
///
/// `str` is a u32 byte length and UTF-8 bytes. See Docs/model-format.md.
public enum ModelFile {
    public static let magic = Array("WINNOWNB".utf8)
    public static let version: UInt32 = 5

    public enum Kind: UInt32, Sendable {
        case model = 0
        case counts = 1
    }

    public static func encode(_ model: Model, kind: Kind = .model) -> [UInt8] {
        var w = ByteWriter()
        w.bytes(magic)
        w.u32(version)
        w.u32(kind.rawValue)
        writeOptions(model.options, &w)
        let c = model.counts
        writeClasses(c, &w)
        let specs = model.specs
        w.u32(UInt32(specs.count))
        for spec in specs {
            w.string(spec.label)
            w.f64(spec.calibration.a)
            w.f64(spec.calibration.b)
            w.u32(UInt32(spec.domains.count))
            for e in spec.domains {
                w.string(e.domain)
                w.f64(e.weight)
                w.f64(e.calibration.a)
                w.f64(e.calibration.b)
                w.f64(e.bound ?? -1)
                w.bytes([e.adapted ? 1 : 0])
                if let smoothing = e.siteSmoothing { w.f64(smoothing) }
            }
        }
        writeAdaptation(model.adaptation, &w)
        writeFeatures(c, &w)
        w.u64(checksum(w.data[...]))
        return w.data
    }

    static func writeOptions(_ o: TrainingOptions, _ w: inout ByteWriter) {
        w.f64(o.alpha)
        w.f64(o.minimumCount)
        w.f64(o.lengthPower)
        w.bytes([
            (o.uniformPrior ? 1 : 0) | (o.charGrams ? 2 : 0) | (o.lengthCountsEveryFeature ? 4 : 0)
                | (o.maskShapes ? 8 : 0)
        ])
        w.string(o.negativeLabel)
        w.f64(o.idfPower)
        let shrinks = o.shrinks.sorted { $0.key < $1.key }
        w.u32(UInt32(shrinks.count))
        for (label, value) in shrinks {
            w.string(label)
            w.f64(value)
        }
    }

    static func writeAdaptation(_ a: Adaptation?, _ w: inout ByteWriter) {
        guard let a else { return w.bytes([0]) }
        w.bytes([1])
        w.string(a.domain)
        w.u32(UInt32(a.decisions))
        w.u32(UInt32(a.labels.count))
        for r in a.labels {
            w.string(r.label)
            w.u32(UInt32(r.positives))
            w.u32(UInt32(r.negatives))
            for x in [r.weight, r.baseAUC, r.adaptedAUC] { w.f64(x) }
        }
    }

    static func readAdaptation(_ r: inout ByteReader) throws(BayesError) -> Adaptation? {
        guard r.version >= 5, try r.byte() == 1 else { return nil }
        var a = Adaptation(domain: try r.string(), decisions: Int(try r.u32()), labels: [])
        let count = Int(try r.u32())
        guard count < 10_000 else { throw .corrupt(path: r.path, detail: "adapted label count \(count)") }
        for _ in 0..<count {
            a.labels.append(
                Adaptation.LabelRecord(
                    label: try r.string(), positives: Int(try r.u32()),
                    negatives: Int(try r.u32()), weight: try r.f64(),
                    baseAUC: try r.f64(), adaptedAUC: try r.f64()))
        }
        return a
    }

    static func writeClasses(_ c: ClassCounts, _ w: inout ByteWriter) {
        w.u32(UInt32(c.classes.count))
        for (i, key) in c.classes.enumerated() {
            w.string(key.label)
            w.string(key.domain)
            w.f64(c.documents[i])
        }
    }

    static func writeFeatures(_ c: ClassCounts, _ w: inout ByteWriter) {
        w.u32(UInt32(c.featureCount))
        for h in c.hashes { w.u64(h) }
        let k = c.classes.count, maskBytes = (k + 7) / 8
        for row in 0..<c.featureCount {
            // Counts are whole numbers of comments, and most classes never see a feature.
            var mask = [UInt8](repeating: 0, count: maskBytes)
            for j in 0..<k where c.counts[row * k + j] != 0 { mask[j / 8] |= 1 << UInt8(j % 8) }
            w.bytes(mask)
            for j in 0..<k where c.counts[row * k + j] != 0 { w.varint(UInt64(c.counts[row * k + j])) }
            let name = Array(c.names[row].utf8)
            w.varint(UInt64(name.count))
            w.bytes(name)
        }
    }

    public static func decode(_ data: [UInt8], path: String) throws(BayesError) -> (Model, Kind) {
        var r = try open(data, magic: magic, path: path)
        guard let kind = Kind(rawValue: try r.u32()) else { throw .corrupt(path: path, detail: "unknown kind") }
        let options = try readOptions(&r)
        let (classes, documents) = try readClasses(&r)
        let specs = try readHeads(&r)
        let adaptation = try readAdaptation(&r)
        let c = try readFeatures(&r, classes: classes, documents: documents, total: data.count, indexed: false)
        return (Model(counts: c, options: options, heads: specs, adaptation: adaptation), kind)
    }

    static func readClasses(_ r: inout ByteReader) throws(BayesError) -> ([ClassKey], [Double]) {
        let k = Int(try r.u32())
        guard k >= 1, k < 100_000 else { throw .corrupt(path: r.path, detail: "class count \(k)") }
        var classes: [ClassKey] = [], documents: [Double] = []
        for _ in 0..<k {
            classes.append(ClassKey(label: try r.string(), domain: try r.string()))
            documents.append(try r.f64())
        }
        guard Set(classes).count == k else { throw .corrupt(path: r.path, detail: "duplicate class") }
        return (classes, documents)
    }

    static func readFeatures(
        _ r: inout ByteReader, classes: [ClassKey], documents: [Double],
        total: Int, indexed: Bool = true
    ) throws(BayesError) -> ClassCounts {
        let path = r.path, k = classes.count
        let n = Int(try r.u32())
        guard n <= (total - r.position) / 8 else { throw .truncated(path: path) }
        let hashes = try r.u64s(n)
        var counts = [Float](repeating: 0, count: n * k)
        var names: [String] = []
        names.reserveCapacity(n)
        let maskBytes = (k + 7) / 8
        var mask = [UInt8](repeating: 0, count: maskBytes)  // which classes have counts, one bit each
        for row in 0..<n {
            for b in 0..<maskBytes { mask[b] = try r.byte() }
            for j in 0..<k where mask[j / 8] & (1 << UInt8(j % 8)) != 0 {
                counts[row * k + j] = Float(try r.varint())
            }
            let length = Int(try r.varint())
            guard length <= 4096 else { throw .corrupt(path: path, detail: "feature name of \(length) bytes") }
            names.append(try r.text(length))
        }
        guard zip(hashes, hashes.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw .corrupt(path: path, detail: "features out of order")
        }
        return ClassCounts(
            classes: classes, documents: documents, hashes: hashes, names: names, counts: counts,
            indexed: indexed)
    }

    static func readOptions(_ r: inout ByteReader) throws(BayesError) -> TrainingOptions {
        var options = TrainingOptions()
        options.alpha = try r.f64()
        options.minimumCount = try r.f64()
        options.lengthPower = try r.f64()
        let flags = try r.byte()
        options.uniformPrior = flags & 1 != 0
        options.charGrams = flags & 2 != 0
        options.lengthCountsEveryFeature = flags & 4 != 0
        options.maskShapes = flags & 8 != 0
        options.negativeLabel = try r.string()
        // Older files lack the later options, and meant them off; they keep their scores.
        options.idfPower = r.version >= 3 ? try r.f64() : 0
        options.shrinks = r.version >= 4 ? try readShrinks(&r) : [:]
        guard options.alpha > 0, options.alpha.isFinite, options.lengthPower.isFinite, options.idfPower.isFinite else {
            throw .corrupt(path: r.path, detail: "options out of range")
        }
        return options
    }

    static func readShrinks(_ r: inout ByteReader) throws(BayesError) -> [String: Double] {
        let count = Int(try r.u32())
        guard count < 10_000 else { throw .corrupt(path: r.path, detail: "shrink count \(count)") }
        var shrinks: [String: Double] = [:]
        for _ in 0..<count {
            let label = try r.string(), value = try r.f64()
            guard value >= 0, value.isFinite else {
                throw .corrupt(path: r.path, detail: "shrink \(value) for \(label)")
            }
            shrinks[label] = value
        }
        return shrinks
    }

    static func readHeads(_ r: inout ByteReader) throws(BayesError) -> [Model.HeadSpec] {
        let count = Int(try r.u32())
        guard count < 10_000 else { throw .corrupt(path: r.path, detail: "head count \(count)") }
        var specs: [Model.HeadSpec] = []
        for _ in 0..<count {
            let label = try r.string()
            let calibration = Calibration(a: try r.f64(), b: try r.f64())
            let experts = Int(try r.u32())
            guard experts < 10_000 else { throw .corrupt(path: r.path, detail: "expert count \(experts)") }
            var domains: [Head.DomainExpert] = []
            for _ in 0..<experts {
                var expert = Head.DomainExpert(
                    domain: try r.string(), weight: try r.f64(),
                    calibration: Calibration(a: try r.f64(), b: try r.f64()))
                if r.version >= 2 {
                    let bound = try r.f64()
                    expert.bound = bound >= 0 ? bound : nil
                }
                if r.version >= 5, try r.byte() & 1 != 0 {
                    let smoothing = try r.f64()
                    guard smoothing > 0, smoothing.isFinite else {
                        throw .corrupt(path: r.path, detail: "site smoothing \(smoothing)")
                    }
                    expert.siteSmoothing = smoothing
                }
                domains.append(expert)
            }
            specs.append(Model.HeadSpec(label: label, domains: domains, calibration: calibration))
        }
        return specs
    }

    /// Checks magic, version and checksum; returns a reader positioned after the version.
    static func open(_ data: [UInt8], magic expected: [UInt8], path: String) throws(BayesError) -> ByteReader {
        guard data.count >= 8, Array(data[0..<8]) == expected else { throw .notAModel(path: path) }
        var r = ByteReader(data: data, path: path, position: 8)
        let found = try r.u32()
        guard found <= version else { throw .newerVersion(path: path, found: found, supported: version) }
        r.version = found
        let stored = data.withUnsafeBytes {
            UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: data.count - 8, as: UInt64.self))
        }
        guard checksum(data[..<(data.count - 8)], version: found) == stored else {
            // A short file fails the checksum too; say which it is.
            throw data.count < 64 ? .truncated(path: path) : .checksumMismatch(path: path)
        }
        return r
    }

    /// Version 3 on: eight bytes at a time (little-endian, the last word zero-padded), each
    /// XORed in, multiplied by an odd constant and folded: a fifth of the time of FNV-1a's
    /// byte-by-byte chain, a noticeable share of every model load. Earlier files: FNV-1a 64.
    static func checksum(_ bytes: ArraySlice<UInt8>, version: UInt32 = ModelFile.version) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        guard version >= 3 else {
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            return h
        }
        bytes.withUnsafeBytes { raw in
            var i = 0
            // Safe: each load covers bytes i ..< i + 8, inside `raw`.
            while i + 8 <= raw.count {
                h =
                    (h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                    &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 32
                i += 8
            }
            var last: UInt64 = 0
            for k in i..<raw.count { last |= UInt64(raw[k]) << (8 * UInt64(k - i)) }
            h = (h ^ last ^ UInt64(raw.count)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 32
        }
        return h
    }
}
