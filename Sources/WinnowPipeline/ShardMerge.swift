import Foundation
import WinnowBayes

/// `winnow merge`: sums count shards into a model (exactly the model of the union), or
/// adds count shards to an existing model. Every merge, to a model or to a shard, goes
/// through `accumulate`, so a shard that does not match what it joins is always refused.
public enum ShardMerge {
    public enum Input {
        case shard(Trainer)
        case model(Model)
    }

    public static func read(_ path: String) throws -> Input {
        let data = try TextFile.bytes(path)
        if data.starts(with: ModelFile.magic) { return .model(try ModelFile.decode(data, path: path).0) }
        return .shard(try CountsFile.decode(data, path: path))
    }

    /// Merges `paths` in order. With only shards, the result is trained as from the union;
    /// with a model first, the shards' counts are added to it and its calibrations kept
    /// (a quick update: retrain from shards to refit them).
    public static func merge(_ paths: [String], domains: DomainMap) throws -> (Trainer?, Model) {
        var (trainer, base) = try accumulate(paths, allowModel: true)
        trainer.domainWeights = domains.weights
        trainer.domainBounds = domains.bounds
        guard let base else { return (trainer, try trainer.finish()) }
        var counts = base.counts
        counts.merge(trainer.counts)
        // An adapted model keeps every feature its site's decisions hold (`SiteAdapter`).
        let kept = counts.pruned(minimum: base.adaptation == nil ? Float(base.options.minimumCount) : 1)
        return (nil, Model(counts: kept, options: base.options, heads: base.specs, adaptation: base.adaptation))
    }

    /// The sum of count shards, as one shard (`winnow merge --shard`).
    public static func sumShards(_ paths: [String]) throws -> Trainer {
        try accumulate(paths, allowModel: false).trainer
    }

    /// How a shard's features differ from a model's, if they do: counts of different
    /// features cannot be summed.
    static func countedDifferently(_ shard: TrainingOptions, _ model: TrainingOptions) -> String? {
        let with = { (on: Bool) in on ? "with" : "without" }
        if shard.charGrams != model.charGrams {
            return "counted \(with(shard.charGrams)) character grams, the model \(with(model.charGrams))"
        }
        if shard.maskShapes != model.maskShapes {
            let option = model.maskShapes ? "--mask-shapes" : "--no-mask-shapes"
            return
                "counted \(with(shard.maskShapes)) words' masks, the model \(with(model.maskShapes)): count with \(option)"
        }
        return nil
    }

    /// Reads `paths` in order: an optional model first (when allowed), then shards, each
    /// checked against the shards before it and the model.
    private static func accumulate(_ paths: [String], allowModel: Bool) throws -> (trainer: Trainer, base: Model?) {
        var trainer: Trainer?
        var base: Model?
        for path in paths {
            switch try read(path) {
            case .shard(let t):
                // The union's model is derived with one set of options, and counts of
                // different features cannot be summed: a shard must match what it joins.
                if let first = trainer?.options, first != t.options {
                    throw PipelineError.badOption(
                        "\(path): trained with other options than the shards before it (see winnow train --help); train every shard alike"
                    )
                }
                if let model = base, let difference = countedDifferently(t.options, model.options) {
                    throw PipelineError.badOption("\(path): \(difference)")
                }
                if trainer == nil { trainer = t } else { trainer?.merge(t) }
            case .model(let m):
                guard allowModel else { throw PipelineError.badOption("\(path): --shard merges count shards only") }
                guard base == nil, trainer == nil else {
                    throw PipelineError.badOption("\(path): a model can only be the first input of merge")
                }
                base = m
            }
        }
        guard let trainer else {
            throw PipelineError.badOption("merge needs at least one count shard (winnow train --shard)")
        }
        return (trainer, base)
    }
}
