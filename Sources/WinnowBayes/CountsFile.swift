/// Count shards: what `winnow train --shard` writes and `winnow merge` sums. Unlike a
/// model, a shard keeps both folds' unpruned counts and its calibration sample, so merged
/// shards give exactly the model of the union:
///
///     magic "WINNOWCT" | version u32 | kind u32 (1) | options (as in a model)
///     documents u64 | per fold (2): classes, features (as in a model)
///     sample u32, then per entry: rowHash u64 | fold u8 | label str | domain str |
///         features u32 = m | hashes u64 x m
///     checksum u64
public enum CountsFile {
    public static let magic = Array("WINNOWCT".utf8)

    public static func encode(_ trainer: Trainer) -> [UInt8] {
        var w = ByteWriter()
        w.bytes(magic)
        w.u32(ModelFile.version)
        w.u32(ModelFile.Kind.counts.rawValue)
        ModelFile.writeOptions(trainer.options, &w)
        w.u64(UInt64(trainer.seen))
        for fold in trainer.folds {
            ModelFile.writeClasses(fold, &w)
            ModelFile.writeFeatures(fold.pruned(minimum: 0), &w)
        }
        w.u32(UInt32(trainer.sample.count))
        for s in trainer.sample {
            w.u64(s.rowHash)
            w.bytes([UInt8(s.fold)])
            w.string(s.key.label)
            w.string(s.key.domain)
            w.u32(UInt32(s.features.count))
            for h in s.features { w.u64(h) }
        }
        w.u64(ModelFile.checksum(w.data[...]))
        return w.data
    }

    public static func decode(_ data: [UInt8], path: String) throws(BayesError) -> Trainer {
        if data.count >= 8, Array(data[0..<8]) == ModelFile.magic {
            throw .wrongKind(path: path, expected: "count shard (winnow train --shard), not a model")
        }
        var r = try ModelFile.open(data, magic: magic, path: path)
        guard try r.u32() == ModelFile.Kind.counts.rawValue else { throw .corrupt(path: path, detail: "kind") }
        let options = try ModelFile.readOptions(&r)
        let seen = Int(try r.u64())
        var folds: [ClassCounts] = []
        for _ in 0..<2 {
            let (classes, documents) = try ModelFile.readClasses(&r)
            let sorted = try ModelFile.readFeatures(&r, classes: classes.sorted(), documents: [], total: data.count)
            folds.append(reorder(sorted, to: classes, documents: documents))
        }
        let count = Int(try r.u32())
        guard count <= (data.count - r.position) / 9 else { throw .truncated(path: path) }
        var sample: [Trainer.Sampled] = []
        for _ in 0..<count {
            let rowHash = try r.u64()
            let fold = Int(try r.byte())
            guard fold < 2 else { throw .corrupt(path: path, detail: "fold \(fold)") }
            let key = ClassKey(label: try r.string(), domain: try r.string())
            let m = Int(try r.u32())
            guard m <= (data.count - r.position) / 8 else { throw .truncated(path: path) }
            sample.append(Trainer.Sampled(rowHash: rowHash, fold: fold, key: key, features: try r.u64s(m)))
        }
        return Trainer(options: options, folds: folds, sample: sample, seen: seen)
    }

    /// Counts stored with sorted classes, put back in the fold's own class order.
    private static func reorder(_ c: ClassCounts, to classes: [ClassKey], documents: [Double]) -> ClassCounts {
        let k = classes.count
        let from = classes.map { key in c.classes.firstIndex(of: key) ?? 0 }
        var counts = [Float](repeating: 0, count: c.featureCount * k)
        for row in 0..<c.featureCount {
            for (j, source) in from.enumerated() { counts[row * k + j] = c.counts[row * k + source] }
        }
        return ClassCounts(classes: classes, documents: documents, hashes: c.hashes, names: c.names, counts: counts)
    }
}
