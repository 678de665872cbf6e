import Foundation
import Testing
@testable import LimberCore

/// Messages that say what happened, each at its own place: repeated keys, symbolic links that
/// loop or lead nowhere, nesting too deep for the YAML reader.
struct LibraryMessageTests {
    @Test func eachRepeatedKeyIsReportedAtItsOwnPlaceInEveryMapping() throws {
        let routine = """
            id: knee-rolls
            name: Knee rolls
            id: knee-rolls-2
            family: mobility
            steps:
              - name: Roll
                kind: reps
                "kind": reps
                reps: 8
                tempo: 4
                kind: hold
              - {name: Rest, kind: rest, seconds: 5, seconds: 10}
            """
        #expect(try LibraryFixture().check("x.yaml", routine) == [
            "x.yaml:3:1: error: duplicate key 'id': this mapping already has it at line 1, column 1",
            "x.yaml:8:5: error: duplicate key 'kind': this mapping already has it at line 7, column 5",
            "x.yaml:11:5: error: duplicate key 'kind': this mapping already has it at line 7, column 5",
            "x.yaml:12:42: error: duplicate key 'seconds': this mapping already has it at line 12, column 30",
        ])
    }

    @Test func aRepeatedKeyInACatalogueIsReportedAtItsPlace() throws {
        let fixture = try LibraryFixture()
        try fixture.write(["issues.yaml": LibraryFixture.issues.replacingOccurrences(
            of: "    name: Ongoing stress\n", with: "    name: Ongoing stress\n    name: Stress\n")])
        let found = LibraryLoader.check(paths: [fixture.path("issues.yaml")], against: fixture.library)
            .map { $0.description.replacingOccurrences(of: fixture.folder.path + "/", with: "") }
        #expect(found == ["issues.yaml:7:5: error: duplicate key 'name': this mapping already has it at line 6, column 5"])
    }

    @Test func nestingTooDeepIsSaidInWordsAtItsPlace() throws {
        let routine = "id: deep\nname: " + String(repeating: "[", count: 1200) + String(repeating: "]", count: 1200) + "\n"
        let found = try LibraryFixture().check("x.yaml", routine)
        #expect(found == ["x.yaml:2:8: error: lists and mappings are nested too deeply here (more than 1000 levels); "
            + "a library file needs only a few"])
    }

    @Test func aSymbolicLinkLoopIsNotANoSuchFile() throws {
        let fixture = try LibraryFixture()
        try FileManager.default.createSymbolicLink(atPath: fixture.path("loop.yaml"), withDestinationPath: "loop.yaml")
        try FileManager.default.createSymbolicLink(atPath: fixture.path("gone.yaml"), withDestinationPath: "moved.yaml")
        let loop = "symbolic link loop: following its links leads back to where they started, never to a file"
        let named = LibraryLoader.check(paths: [fixture.path("loop.yaml"), fixture.path("gone.yaml")], against: fixture.library)
        #expect(named.map(\.message) == [loop, "symbolic link to 'moved.yaml', which does not exist"])
        let inFolder = LibraryLoader.check(paths: [fixture.folder.path], against: fixture.library)
            .map { $0.description.replacingOccurrences(of: fixture.folder.path + "/", with: "") }
        #expect(inFolder == [
            "gone.yaml:1:1: error: symbolic link to 'moved.yaml', which does not exist",
            "loop.yaml:1:1: error: \(loop)",
        ])
    }
}
