import Foundation
import Testing

/// The library's cache as a patient meets it: never seen, never a reason for a command to fail.
struct LibraryCacheEndToEndTests {
    let limber = LimberProcess()
    var cacheFolder: URL { limber.cacheHome.appendingPathComponent("limber") }

    func cacheFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)) ?? []).filter { $0.hasSuffix(".cache") }
    }

    @Test func aCommandLeavesOnePrivateCopyAndListsTheSameFromIt() throws {
        let first = try limber.run(["routines", "list"])
        #expect(first.status == 0)
        #expect(first.stderr == "")
        let files = cacheFiles()
        #expect(files.count == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: cacheFolder.appendingPathComponent(files[0]).path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: cacheFolder.path)[.posixPermissions] as? Int == 0o700)
        let second = try limber.run(["routines", "list"])
        #expect(second.stdout == first.stdout)
        #expect(second.stderr == "")
    }

    @Test func aDamagedCopyIsRewrittenAndChangesNothingShown() throws {
        let first = try limber.run(["routines", "list"])
        let file = cacheFolder.appendingPathComponent(try #require(cacheFiles().first))
        let whole = try Data(contentsOf: file)
        try Data("\u{1B}[2J not a library".utf8).write(to: file)
        let damaged = try limber.run(["routines", "list"])
        #expect(damaged.status == 0)
        #expect(damaged.stdout == first.stdout)
        #expect(damaged.stderr == "")
        #expect(try Data(contentsOf: file) == whole)
    }

    @Test func aCacheFolderThatIsAFileOrOnAReadOnlyDiskIsNoError() throws {
        let expected = try limber.run(["routines", "list"]).stdout
        let parent = limber.home.appendingPathComponent("file-cache")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try Data("a file".utf8).write(to: parent.appendingPathComponent("limber"))
        for cache in [parent.path, "/proc/self"] {
            let result = try limber.run(["routines", "list"], environment: ["XDG_CACHE_HOME": cache])
            #expect(result.status == 0)
            #expect(result.stdout == expected)
            #expect(result.stderr == "")
        }
    }

    @Test func anInvalidClinicRoutineIsReportedOnEveryRun() throws {
        _ = try limber.run(["routines", "list"])
        let clinic = try limber.writeRoutine(id: "bad", in: "clinic", "id: bad\nname: Bad\n")
        for _ in 0..<2 {
            let listed = try limber.run(["routines", "list", "--routines", clinic.path])
            #expect(listed.status == 0)
            #expect(listed.stderrLines.contains { $0.hasPrefix("warning: skipped \(clinic.path)/bad.yaml") })
            let checked = try limber.run(["routines", "check", "--routines", clinic.path])
            #expect(checked.status == 1)
            #expect(checked.stderrLines.contains { $0.hasPrefix("\(clinic.path)/bad.yaml:") })
        }
    }
}
