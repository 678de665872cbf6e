import Foundation
import Testing
@testable import LimberCore
import LimberTestSupport

/// The checked library's cache: used only while every file is as it was, rebuilt otherwise, and
/// never a reason for a command to fail or to miss a problem in a file.
struct LibraryCacheTests {
    let builtIn: LibraryFixture
    /// Holds `cacheFolder`; removed when the test ends.
    let cacheScratch: TemporaryFolder
    var cacheFolder: URL { cacheScratch.url.appendingPathComponent("limber") }

    init() throws {
        builtIn = try LibraryFixture(["hip.yaml": RoutineCheckerTests.valid])
        cacheScratch = try TemporaryFolder("limber-cache")
        // The files were just written: the cache sees them as settled only a moment later.
        try settle(builtIn)
    }

    /// A cache whose clock reads a little after the files were written (they count as settled).
    func cache(version: String = "1.0", folder: URL? = nil) -> LibraryCache {
        LibraryCache(folder: folder ?? cacheFolder, version: version, executable: nil, now: { Date().addingTimeInterval(5) })
    }

    /// Gives every file of the fixture the same time, an hour ago, as a copied library has.
    func settle(_ fixture: LibraryFixture, at date: Date = Date().addingTimeInterval(-3600)) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path) {
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: fixture.path(name))
        }
    }

    func cacheFiles() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)) ?? []
    }

    @Test func aSecondLoadOfUnchangedFilesComesFromTheCacheAndEqualsTheFiles() throws {
        let first = cache().library(builtIn: builtIn.folder)
        let second = cache().library(builtIn: builtIn.folder)
        #expect(first.source == .files)
        #expect(second.source == .cache)
        #expect(second.library.routines == first.library.routines)
        #expect(second.library.issues == first.library.issues)
        #expect(second.library.conditions == first.library.conditions)
        #expect(second.library.safety == first.library.safety)
        #expect(second.library.clinic == first.library.clinic)
        #expect(second.library.routines.map(\.id) == ["hip-flexor-kneeling", "knee-rolls"])
    }

    @Test func theCacheFolderIsPrivateAndHoldsOneFileOutsideTheRoutines() throws {
        _ = cache().library(builtIn: builtIn.folder)
        let folderMode = try FileManager.default.attributesOfItem(atPath: cacheFolder.path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(cacheFiles().count == 1)
        let file = cacheFolder.appendingPathComponent(cacheFiles()[0])
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: builtIn.folder.path).allSatisfy { $0.hasSuffix(".yaml") })
    }

    @Test func anEditOfTheSameSizeWithANewTimeIsReadFromTheFiles() throws {
        _ = cache().library(builtIn: builtIn.folder)
        let edited = LibraryFixture.kneeRolls.replacingOccurrences(of: "reps: 8", with: "reps: 9")
        #expect(edited.utf8.count == LibraryFixture.kneeRolls.utf8.count)
        try builtIn.write(["knee-rolls.yaml": edited])
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-1800)], ofItemAtPath: builtIn.path("knee-rolls.yaml"))
        let loaded = cache().library(builtIn: builtIn.folder)
        #expect(loaded.source == .files)
        #expect(loaded.library.routine(id: "knee-rolls")?.steps.first?.load == .reps(count: 9, tempo: 4))
        #expect(cache().library(builtIn: builtIn.folder).library.routine(id: "knee-rolls")?.steps.first?.load
            == .reps(count: 9, tempo: 4))
    }

    @Test func aFileAddedOrRemovedIsReadFromTheFiles() throws {
        _ = cache().library(builtIn: builtIn.folder)
        let extra = RoutineCheckerTests.valid.replacingOccurrences(of: "id: hip-flexor-kneeling", with: "id: extra-hip")
        try builtIn.write(["extra.yaml": extra])
        try settle(builtIn)
        let added = cache().library(builtIn: builtIn.folder)
        #expect(added.source == .files)
        #expect(added.library.routine(id: "extra-hip") != nil)
        #expect(cache().library(builtIn: builtIn.folder).source == .cache)

        try FileManager.default.removeItem(atPath: builtIn.path("extra.yaml"))
        let removed = cache().library(builtIn: builtIn.folder)
        #expect(removed.source == .files)
        #expect(removed.library.routine(id: "extra-hip") == nil)
    }

    @Test func anotherVersionOrExecutableDoesNotTrustTheCopy() throws {
        _ = cache(version: "1.0").library(builtIn: builtIn.folder)
        #expect(cache(version: "1.1").library(builtIn: builtIn.folder).source == .files)
        #expect(cache(version: "1.1").library(builtIn: builtIn.folder).source == .cache)

        let executable = builtIn.folder.appendingPathComponent("limber-binary")
        try Data("one".utf8).write(to: executable)
        let built = LibraryCache(folder: cacheFolder, version: "1.1", executable: executable, now: { Date().addingTimeInterval(5) })
        #expect(built.library(builtIn: builtIn.folder).source == .files)
        #expect(built.library(builtIn: builtIn.folder).source == .cache)
        try Data("rebuilt".utf8).write(to: executable)
        let rebuilt = LibraryCache(folder: cacheFolder, version: "1.1", executable: executable, now: { Date().addingTimeInterval(5) })
        #expect(rebuilt.library(builtIn: builtIn.folder).source == .files)
    }

    @Test(arguments: [Data(), Data("not a cache".utf8), nil])
    func aCorruptOrTruncatedCopyIsIgnoredAndRewritten(replacement: Data?) throws {
        _ = cache().library(builtIn: builtIn.folder)
        let file = cacheFolder.appendingPathComponent(cacheFiles()[0])
        let whole = try Data(contentsOf: file)
        try (replacement ?? whole.prefix(whole.count / 2)).write(to: file)
        let loaded = cache().library(builtIn: builtIn.folder)
        #expect(loaded.source == .files)
        #expect(loaded.library.routines.map(\.id) == ["hip-flexor-kneeling", "knee-rolls"])
        #expect(cache().library(builtIn: builtIn.folder).source == .cache)
    }

    @Test func aCopyOthersCouldWriteIsNotTrusted() throws {
        _ = cache().library(builtIn: builtIn.folder)
        let file = cacheFolder.appendingPathComponent(cacheFiles()[0])
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: file.path)
        #expect(cache().library(builtIn: builtIn.folder).source == .files)
        // Rewritten for this user alone.
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        #expect(cache().library(builtIn: builtIn.folder).source == .cache)
    }

    @Test func aPipeInPlaceOfTheCopyDoesNotHoldUpTheLoad() throws {
        _ = cache().library(builtIn: builtIn.folder)
        let file = cacheFolder.appendingPathComponent(cacheFiles()[0])
        try FileManager.default.removeItem(at: file)
        #expect(mkfifo(file.path, 0o600) == 0)
        let loaded = cache().library(builtIn: builtIn.folder)
        #expect(loaded.source == .files)
        #expect(loaded.library.routines.map(\.id) == ["hip-flexor-kneeling", "knee-rolls"])
    }

    @Test func aCacheFolderThatIsAFileOrCannotBeMadeMeansNoCache() throws {
        try FileManager.default.createDirectory(at: cacheFolder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("a file".utf8).write(to: cacheFolder)
        // /proc refuses new folders even to root, as a read-only file system does.
        for folder in [cacheFolder, URL(fileURLWithPath: "/proc/self/limber-cache")] {
            for _ in 0..<2 {
                let loaded = cache(folder: folder).library(builtIn: builtIn.folder)
                #expect(loaded.source == .files)
                #expect(loaded.library.routines.map(\.id) == ["hip-flexor-kneeling", "knee-rolls"])
                #expect(loaded.library.diagnostics == [])
            }
        }
        #expect(try Data(contentsOf: cacheFolder) == Data("a file".utf8))
    }

    @Test func anInvalidRoutineAddedToAClinicFolderIsStillReported() throws {
        let clinic = try LibraryFixture()
        try FileManager.default.removeItem(atPath: clinic.path("issues.yaml"))
        try settle(clinic)
        #expect(cache().library(builtIn: builtIn.folder, clinic: clinic.folder).source == .files)
        #expect(cache().library(builtIn: builtIn.folder, clinic: clinic.folder).source == .cache)

        try clinic.write(["bad.yaml": "id: bad\nname: Bad\n"])
        try settle(clinic)
        for _ in 0..<2 {
            let loaded = cache().library(builtIn: builtIn.folder, clinic: clinic.folder)
            #expect(loaded.source == .files)
            #expect(loaded.library.diagnostics.contains { $0.path.hasSuffix("bad.yaml") })
        }
    }

    @Test func filesChangedWithinTheLastSecondAreNotCached() throws {
        try builtIn.write(["knee-rolls.yaml": LibraryFixture.kneeRolls])
        let written = try #require(
            try FileManager.default.attributesOfItem(atPath: builtIn.path("knee-rolls.yaml"))[.modificationDate] as? Date)
        let sameSecond = LibraryCache(folder: cacheFolder, version: "1.0", executable: nil, now: { written })
        #expect(sameSecond.library(builtIn: builtIn.folder).source == .files)
        #expect(cacheFiles().isEmpty)
    }

    @Test func theShippedLibraryReadsBackFromItsCopyExactly() throws {
        let library = ShippedLibraryTests.library
        let written = CachedLibrary(build: "1.0", fingerprint: LibraryFingerprint(text: Array("a".utf8), newestSecond: 1), library: library)
        let read = try CachedLibrary(file: written.file)
        #expect(read.build == "1.0")
        #expect(read.fingerprint == written.fingerprint)
        #expect(read.library.routines == library.routines)
        #expect(read.library.issues == library.issues)
        #expect(read.library.conditions == library.conditions)
        #expect(read.library.safety == library.safety)
        #expect(read.library.clinic == library.clinic)
    }

    @Test func aCopyWithAnyByteChangedOrCutIsRefused() throws {
        let file = CachedLibrary(
            build: "1.0", fingerprint: LibraryFingerprint(text: Array("a".utf8), newestSecond: 1), library: ShippedLibraryTests.library).file
        var random = SeededRandom(seed: 15)
        for _ in 0..<40 {
            var damaged = file
            let index = Int.random(in: 0..<file.count, using: &random)
            damaged[index] ^= UInt8.random(in: 1...255, using: &random)
            #expect(throws: ArchiveReader.Damaged.self) { try CachedLibrary(file: damaged) }
            #expect(throws: ArchiveReader.Damaged.self) { try CachedLibrary(file: file.prefix(index)) }
        }
    }

    @Test func theFolderComesFromXDGCacheHomeElseTheHomeFolder() {
        let home = URL(fileURLWithPath: "/home/sam")
        #expect(LibraryCache.folder(environment: ["XDG_CACHE_HOME": "/var/cache/sam"], home: home).path == "/var/cache/sam/limber")
        #expect(LibraryCache.folder(environment: [:], home: home).path == "/home/sam/.cache/limber")
        // A relative XDG path is ignored, as the specification says.
        #expect(LibraryCache.folder(environment: ["XDG_CACHE_HOME": "cache"], home: home).path == "/home/sam/.cache/limber")
    }
}
