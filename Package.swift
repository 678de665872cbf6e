// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Limber",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "limber", targets: ["limber"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "LimberCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "LimberStore",
            // GRDBSQLite: SQLite's C API, through which `status` reads a log nobody has open
            // without a GRDB database (RawLogRead).
            dependencies: [
                "LimberCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The clinician's review as CSV and HTML: kept out of LimberCore so the core stays free of
        // the CSV and template libraries.
        .target(
            name: "LimberReport",
            dependencies: [
                "LimberCore", .product(name: "CSV", package: "CSV.swift"), .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "LimberTUI",
            dependencies: ["LimberCore", "CNcurses"]
        ),
        .executableTarget(
            name: "limber",
            dependencies: [
                "LimberCore", "LimberStore", "LimberTUI", "LimberReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A position-dependent release binary: the 66 MB executable then needs no relocating
            // at every start (89,000 relative relocations dirtied 330 pages), about 1 ms of each
            // `status`, `--help` and first frame (docs/performance.md, "Start-up"). Linking/ first
            // in the search path: SQLite, ncursesw and the C++ runtime linked in, so the loader
            // looks up no symbols at start (Linking/README.md).
            linkerSettings: [
                .unsafeFlags(
                    ["-Xclang-linker", "-no-pie", "-L", Context.packageDirectory + "/Linking"],
                    .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // The benchmark beside termdown and tty-clock (docs/performance.md): run by hand, only built by CI.
        .executableTarget(
            name: "limber-benchmark",
            dependencies: ["LimberCore", "LimberStore"]
        ),
        // Test doubles shared by the test targets: a clock moved by hand, a terminal that plays
        // a session in simulated time.
        .target(name: "LimberTestSupport", dependencies: ["LimberCore", "LimberTUI"], path: "Tests/LimberTestSupport"),
        .testTarget(name: "LimberCoreTests", dependencies: ["LimberCore", "LimberTestSupport"]),
        .testTarget(
            name: "LimberStoreTests",
            dependencies: ["LimberStore", "LimberCore", "LimberTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "LimberTUITests", dependencies: ["LimberTUI", "LimberCore", "LimberStore", "LimberTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "LimberReportTests",
            dependencies: [
                "LimberReport", "LimberCore", "LimberStore", "LimberTUI", "LimberTestSupport",
                .product(name: "CSV", package: "CSV.swift"), .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(name: "LimberEndToEndTests", dependencies: ["limber", "LimberTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
