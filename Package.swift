// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "annual-review",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AnnualReview", targets: ["AnnualReview"]),
        // The PDF extractor, for the fuzz package in Tests/Fuzz.
        .library(name: "AnnualReviewPDF", targets: ["AnnualReviewPDF"]),
        .executable(name: "annual-review", targets: ["annual-review"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // poppler-glib, seen from Swift. Only PopplerText imports it.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // The one seam over poppler: documents, pages, glyph boxes, rendering.
        .target(name: "PopplerText", dependencies: ["CPoppler"]),
        // The staged pipeline (extract → normalize → segment → tables → model), no poppler.
        .target(name: "AnnualReview", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // PDF extraction: poppler glyphs → positioned words and lines for the pipeline.
        .target(name: "AnnualReviewPDF", dependencies: ["AnnualReview", "PopplerText"]),
        // Batch outputs: JSON Lines, CSV, SQLite (GRDB).
        .target(
            name: "AnnualReviewExport",
            dependencies: ["AnnualReview", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Static HTML performance report (index + one page per authority and year); reads GRDB databases.
        .target(
            name: "AnnualReviewReport",
            dependencies: ["AnnualReview", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "annual-review",
            dependencies: [
                "AnnualReview", "AnnualReviewPDF", "AnnualReviewExport", "AnnualReviewReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixture lookup shared by the test targets (Samples/ inside the repo).
        .target(name: "TestSupport", dependencies: ["AnnualReview"], path: "Tests/TestSupport"),
        .testTarget(name: "LexiconTests", dependencies: ["AnnualReview"]),
        .testTarget(name: "ExtractTests", dependencies: ["AnnualReview", "TestSupport"]),
        .testTarget(name: "NormalizeTests", dependencies: ["AnnualReview", "TestSupport"]),
        .testTarget(name: "SegmentTests", dependencies: ["AnnualReview", "TestSupport"]),
        .testTarget(name: "TablesTests", dependencies: ["AnnualReview", "TestSupport"]),
        .testTarget(name: "ModelTests", dependencies: ["AnnualReview", "TestSupport"]),
        .testTarget(name: "GoldenTests", dependencies: ["AnnualReview", "AnnualReviewPDF", "TestSupport"]),
        .testTarget(name: "PopplerTextTests", dependencies: ["PopplerText"]),
        .testTarget(name: "PDFTests", dependencies: ["AnnualReview", "AnnualReviewPDF", "PopplerText"]),
        .testTarget(
            name: "ExportTests",
            dependencies: ["AnnualReview", "AnnualReviewExport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Runs the built `annual-review` binary; reads its SQLite output back through GRDB.
        .testTarget(
            name: "CLITests",
            dependencies: ["AnnualReview", "AnnualReviewExport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "ReportTests",
            dependencies: [
                "AnnualReview", "AnnualReviewReport", "AnnualReviewExport", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
