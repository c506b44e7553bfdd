// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "civic",
    products: [
        .executable(name: "civic", targets: ["CivicCLI"]),
        .executable(name: "civic-fuzz", targets: ["CivicFuzz"]),
        .library(name: "Civic", targets: ["Civic"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Exact: civic's template compiler reads swift-mustache's parsed tokens, which are not
        // public API; TemplateRendererTests fail loudly if a version lays them out otherwise.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CCivicSystem"),
        .target(
            name: "Civic",
            dependencies: [
                "CCmarkGFM",
                "CCivicSystem",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "CivicServer",
            dependencies: [
                "Civic",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "CivicCLI",
            dependencies: [
                "Civic",
                "CCivicSystem",
                "CivicServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "CivicFuzz",
            dependencies: ["Civic"]
        ),
        .testTarget(
            name: "CivicTests",
            dependencies: ["Civic"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
