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
            dependencies: ["LimberCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "LimberTUI",
            dependencies: ["LimberCore", "CNcurses"]
        ),
        .executableTarget(
            name: "limber",
            dependencies: [
                "LimberCore", "LimberStore", "LimberTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
        .testTarget(name: "LimberEndToEndTests", dependencies: ["limber", "LimberTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
