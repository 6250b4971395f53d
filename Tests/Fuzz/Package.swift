// swift-tools-version: 6.0
import Foundation
import PackageDescription

// A package given by path is named after its folder, which is whatever the clone was called.
let product = URL(fileURLWithPath: Context.packageDirectory).appendingPathComponent("../..")
    .standardizedFileURL.lastPathComponent

// libFuzzer targets for annual-review, kept out of the main package: they are built with
// `-sanitize=fuzzer,address`, which must not reach the product. `scripts/fuzz` builds and runs
// them; see its help.
let package = Package(
    name: "annual-review-fuzz",
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        // libFuzzer's driver, the stages after extract and the input limits, shared by the targets.
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "AnnualReview", package: product)]
        ),
        // Arbitrary bytes through extract (text) → normalize → segment → tables → model → JSON.
        .executableTarget(
            name: "FuzzText",
            dependencies: ["FuzzSupport", .product(name: "AnnualReview", package: product)]
        ),
        // Mutated PDFs through the whole pipeline, poppler included.
        .executableTarget(
            name: "FuzzPDF",
            dependencies: [
                "FuzzSupport",
                .product(name: "AnnualReview", package: product),
                .product(name: "AnnualReviewPDF", package: product),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
