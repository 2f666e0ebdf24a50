// swift-tools-version: 6.1
import PackageDescription

/// Settings every target of ours shares: Swift 6 language mode everywhere.
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
]

let package = Package(
    name: "course",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "course", targets: ["CourseCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Plain value types shared by every other module.
        .target(name: "CourseModel", swiftSettings: strictSettings),

        // Python source to AST.
        .target(name: "PySyntax", swiftSettings: strictSettings),

        // The Python-subset runtime with CPython-faithful reference counts.
        .target(
            name: "WeakrefCore",
            dependencies: ["PySyntax"],
            // Single-threaded reference counting: a run's Swift objects never leave its
            // thread (the entry point copies its inputs, see PySyntax/IsolatedCopy.swift),
            // and atomic counting cost a fifth to a third of the core's time.
            swiftSettings: strictSettings + [.unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"])]
        ),

        // Lessons, quizzes and exercises: loading and validation.
        .target(
            name: "CourseContent",
            dependencies: ["CourseModel", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings,
            plugins: ["EmbedResources"]
        ),

        // The SQLite repository layer.
        .target(
            name: "CourseStore",
            dependencies: ["CourseModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings,
            plugins: ["EmbedResources"]
        ),

        // Pure grading of quiz answers and exercises.
        .target(
            name: "Grading",
            dependencies: ["CourseModel", "PySyntax", "WeakrefCore"],
            swiftSettings: strictSettings
        ),

        // FSRS-6 spaced repetition.
        .target(name: "Review", dependencies: ["CourseModel"], swiftSettings: strictSettings),

        // CSV writing and report shapes.
        // Exclusivity is checked statically; the dynamic checks on the CSV writer's
        // buffer cost about a tenth of export time (measured with perf).
        .target(
            name: "Reports",
            dependencies: ["CourseModel", "CourseStore"],
            swiftSettings: strictSettings + [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),

        // The `course` command.
        .executableTarget(
            name: "CourseCLI",
            dependencies: [
                "CourseModel", "PySyntax", "WeakrefCore", "CourseContent", "CourseStore",
                "Grading", "Review", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // Test-only helpers: temporary databases, running the built binary.
        .target(
            name: "CourseTestSupport",
            dependencies: ["CourseModel", "CourseStore", "CourseContent"],
            swiftSettings: strictSettings
        ),

        // Build tool that turns Migrations/ and Content/ into Swift sources, so the
        // binary carries them and needs no source tree beside it.
        .executableTarget(name: "EmbedTool", swiftSettings: strictSettings),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedTool"]),

        // libFuzzer target for the parser and interpreter (see Benchmarks/fuzz-core.sh);
        // in an ordinary build it replays corpus files.
        .executableTarget(name: "CoreFuzzer", dependencies: ["PySyntax", "WeakrefCore"], swiftSettings: strictSettings),

        .testTarget(name: "CourseModelTests", dependencies: ["CourseModel"], swiftSettings: strictSettings),
        .testTarget(name: "PySyntaxTests", dependencies: ["PySyntax"], swiftSettings: strictSettings),
        .testTarget(
            name: "WeakrefCoreTests",
            dependencies: ["WeakrefCore", "PySyntax"],
            exclude: [],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CourseContentTests",
            dependencies: ["CourseContent", "CourseTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CourseStoreTests",
            dependencies: ["CourseStore", "CourseTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "GradingTests", dependencies: ["Grading", "CourseModel", "CourseContent"], swiftSettings: strictSettings),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "CourseModel"], swiftSettings: strictSettings),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "CourseStore", "CourseTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CourseCLITests",
            dependencies: [
                "CourseTestSupport", "CourseStore", "CourseModel", "CourseContent", "Grading",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
    ]
)
