import Foundation

/// Builds limber as `make install` does (release, the Swift runtime linked in, in
/// .build-release) and strips a copy beside it (where it still finds the checkout's Routines);
/// the copy's path.
func buildLimber(root: URL) throws -> String {
    print("Building the release binary (.build-release, --static-swift-stdlib)...", to: &standardError)
    let environment = ProcessInfo.processInfo.environment
    let built = try Spawn.start(
        ["/usr/bin/env", "swift", "build", "--package-path", root.path, "-c", "release", "--static-swift-stdlib",
         "--product", "limber", "--scratch-path", root.appendingPathComponent(".build-release").path],
        environment: environment, output: STDERR_FILENO).wait()
    guard built == 0 else { throw Spawn.Failed(description: "swift build failed (\(built))") }
    let folder = root.appendingPathComponent(".build-release/benchmark")
    let copy = folder.appendingPathComponent("limber")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? FileManager.default.removeItem(at: copy)
    try FileManager.default.copyItem(at: root.appendingPathComponent(".build-release/release/limber"), to: copy)
    // Synced: pages of a file just written are dirty in the page cache, and would count as the
    // program's private memory (smaps' Private_Dirty) until written back.
    guard try Spawn.run(["/usr/bin/env", "strip", copy.path], environment: environment) == 0,
        try Spawn.run(["/usr/bin/env", "sync", copy.path], environment: environment) == 0
    else {
        throw Spawn.Failed(description: "strip or sync failed")
    }
    return copy.path
}
