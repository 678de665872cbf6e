import Foundation
import LimberTestSupport

/// A data folder that does not exist yet, inside a fresh temporary folder removed afterwards.
func withTemporaryHome<T>(_ body: (URL) throws -> T) throws -> T {
    let parent = try TemporaryFolder("limber-store-tests")
    return try withExtendedLifetime(parent) { try body(parent.url.appendingPathComponent("home")) }
}

func logFile(in home: URL) -> URL {
    home.appendingPathComponent("limber.sqlite")
}

func permissions(of url: URL) throws -> Int {
    try (FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as! NSNumber).intValue
}

/// Makes a folder refuse new files for the length of `body`. Root ignores permission bits,
/// so as root (as in CI) the folder is made immutable instead.
@discardableResult
func whileReadOnly<T>(_ folder: URL, _ body: () throws -> T) throws -> T {
    if geteuid() == 0 {
        try run("/usr/bin/chattr", "+i", folder.path)
        defer { try? run("/usr/bin/chattr", "-i", folder.path) }
        return try body()
    }
    try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path) }
    return try body()
}

private func run(_ tool: String, _ arguments: String...) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(tool) failed"])
    }
}

/// Whether this process may mount a small file system to fill up: tried once, as root on Linux.
let canMountTmpfs: Bool = {
    guard geteuid() == 0, FileManager.default.fileExists(atPath: "/bin/mount") else { return false }
    return (try? withSmallDisk(kilobytes: 64) { _ in true }) ?? false
}()

/// Runs `body` with a folder on a file system of `kilobytes`, so that a test can fill the disk.
func withSmallDisk<T>(kilobytes: Int, _ body: (URL) throws -> T) throws -> T {
    try withTemporaryHome { home in
        let mountPoint = home.deletingLastPathComponent().appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        try run("/bin/mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", mountPoint.path)
        defer { try? run("/bin/umount", mountPoint.path) }
        return try body(mountPoint.appendingPathComponent("home"))
    }
}

/// What is in `home` beside the log: SQLite's -wal and -shm, a lock, a copy.
func sideFiles(in home: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0 != "limber.sqlite" }.sorted()
}
