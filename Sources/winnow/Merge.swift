import ArgumentParser
import WinnowBayes
import WinnowPipeline

struct Merge: WinnowCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sum count shards (winnow train --shard) into a model, or add shards to a model.",
        discussion: """
            Shards only: the model equals training on all their rows at once. A model first, \
            then shards: their counts are added to the model and its calibrations kept.
            """)

    @Argument(help: "Count shards, optionally preceded by one model.") var inputs: [String]
    @Option(name: .shortAndLong, help: "File to write (atomically).") var output: String
    @Option(help: "CSV with source,domain,weight,bound: the domain settings (as for train).") var domains: String?
    @Flag(help: "Write the merged counts as a shard instead of a model.") var shard = false

    func execute() throws {
        let map = try domains.map { try DomainMap.read($0) } ?? DomainMap()
        if shard {
            let merged = try ShardMerge.sumShards(inputs)
            try OutputFile.writeAtomically(CountsFile.encode(merged), to: output)
            print("merged \(inputs.count) shards (\(merged.documents) comments); wrote shard \(output)")
            return
        }
        let (_, model) = try ShardMerge.merge(inputs, domains: map)
        try ModelStore.save(model, to: output)
        print("merged \(inputs.count) inputs; \(model.counts.featureCount) features; wrote \(output)")
    }
}
