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
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CSystem"),
        .target(
            name: "Civic",
            dependencies: [
                "CCmarkGFM",
                "CSystem",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "CivicServer",
            dependencies: [
                "Civic",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "CivicCLI",
            dependencies: [
                "Civic",
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
