// swift-tools-version: 6.0
import PackageDescription

// Release builds skip the dynamic exclusivity checks on class properties: they cost a
// measurable share of scoring time (BENCHMARKS.md), and the debug builds the tests run keep them.
let fast: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "Winnow",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "winnow", targets: ["winnow"]),
        .executable(name: "winnow-bench", targets: ["winnow-bench"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // System ICU (Debian's libicu-dev). The module map's header wraps every ICU entry
        // point we use in a `static inline` function: Swift cannot call ICU's renamed `_72`
        // symbols by their plain names.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        // Text normalization. Imports CICU implementation-only and never Foundation:
        // Foundation carries its own ICU whose types clash with the system headers.
        .target(name: "WinnowText", dependencies: ["CICU"], swiftSettings: fast),
        .target(name: "WinnowSplit", dependencies: ["WinnowText"], swiftSettings: fast),
        // System zlib (Debian's zlib1g-dev), linked the way ICU is: gzip-compressed exports.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Comment exports as sites produce them: one reader per format, sniffed from content.
        .target(name: "WinnowFormats", dependencies: ["WinnowText", "CZlib"], swiftSettings: fast),
        .target(name: "WinnowBayes", dependencies: ["WinnowText"], swiftSettings: fast),
        .target(
            name: "WinnowPipeline", dependencies: ["WinnowText", "WinnowSplit", "WinnowBayes", "WinnowFormats"],
            swiftSettings: fast),
        .executableTarget(
            name: "winnow",
            dependencies: [
                "WinnowPipeline",
                "WinnowFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        .executableTarget(name: "winnow-bench", dependencies: ["WinnowPipeline", "WinnowFormats"]),
        .testTarget(name: "WinnowTextTests", dependencies: ["WinnowText"]),
        .testTarget(name: "WinnowBayesTests", dependencies: ["WinnowBayes", "WinnowText"], exclude: ["Fixtures"]),
        .testTarget(name: "WinnowSplitTests", dependencies: ["WinnowSplit", "WinnowFormats"]),
        .testTarget(name: "WinnowFormatsTests", dependencies: ["WinnowFormats"], exclude: ["Fixtures"]),
        .testTarget(
            name: "WinnowPipelineTests", dependencies: ["WinnowPipeline", "WinnowBayes", "winnow"], exclude: ["Golden"])

    ],
    swiftLanguageModes: [.v6]
)
