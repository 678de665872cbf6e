import Foundation
import Testing
@testable import LimberCore

/// Library text cannot hold control characters: each is refused at its place, whether written
/// raw or as a YAML escape, in routine files and in the catalogues.
struct LibraryControlCharacterTests {
    static let refusal = "library text cannot hold control characters (they would reach the terminal)"

    @Test(arguments: [
        (#"name: "Knee rolls\e]0;pwned\a""#, "x.yaml:2:7: error: 'name' holds the control character \\u{1B}; \(refusal)"),
        (#"name: "Knee rolls\x9b2J""#, "x.yaml:2:7: error: 'name' holds the control character \\u{9B}; \(refusal)"),
        (#"name: "Knee\x7f rolls""#, "x.yaml:2:7: error: 'name' holds the control character \\u{7F}; \(refusal)"),
        ("name: \"Knee\\rrolls\"", "x.yaml:2:7: error: 'name' holds the control character \\u{D}; \(refusal)"),
        ("name: Knee\trolls", "x.yaml:2:7: error: 'name' holds the control character \\u{9}; \(refusal)"),
        ("name: Knee rolls\u{1B}[2J", "x.yaml:2:17: error: the file holds the control character \\u{1B}; \(refusal)"),
        ("name: Knee\u{8} rolls", "x.yaml:2:11: error: the file holds the control character \\u{8}; \(refusal)"),
        ("name: Knee\u{9B}2J rolls", "x.yaml:2:11: error: the file holds the control character \\u{9B}; \(refusal)"),
        ("name: Knee\u{7F} rolls", "x.yaml:2:11: error: the file holds the control character \\u{7F}; \(refusal)"),
    ])
    func aControlCharacterInARoutineIsRefusedAtItsPlace(line: String, expected: String) throws {
        let routine = LibraryFixture.kneeRolls.replacingOccurrences(of: "name: Knee rolls", with: line)
        #expect(try LibraryFixture().check("x.yaml", routine) == [expected])
    }

    @Test func aControlCharacterInACueOrCautionIsRefusedToo() throws {
        let routine = LibraryFixture.kneeRolls
            .replacingOccurrences(of: "cautions: [Move slowly.]", with: #"cautions: ["Move\e[?25l slowly."]"#)
            .replacingOccurrences(of: "    tempo: 4", with: "    tempo: 4\n    cue: \"Roll\\x1b[2J\"")
        #expect(try LibraryFixture().check("x.yaml", routine) == [
            "x.yaml:5:12: error: 'cautions' holds the control character \\u{1B}; \(Self.refusal)",
            "x.yaml:11:10: error: 'cue' holds the control character \\u{1B}; \(Self.refusal)",
        ])
    }

    @Test func theCataloguesRefuseThemAtTheirPlace() throws {
        let fixture = try LibraryFixture()
        let issues = LibraryFixture.issues.replacingOccurrences(
            of: "name: Ongoing stress", with: #"name: "Ongoing\e]2;x\a stress""#)
        let safety = LibraryFixture.safety.replacingOccurrences(
            of: "advice: Book an assessment.", with: "advice: \"Book\\x85 an assessment.\"")
        try fixture.write(["issues.yaml": issues, "safety.yaml": safety])
        let found = LibraryLoader.check(paths: [fixture.path("issues.yaml"), fixture.path("safety.yaml")],
                                        against: fixture.library)
            .map { $0.description.replacingOccurrences(of: fixture.folder.path + "/", with: "") }
        #expect(found == [
            "issues.yaml:6:11: error: 'name' holds the control character \\u{1B}; \(Self.refusal)",
            "safety.yaml:15:13: error: 'advice' holds the control character \\u{85}; \(Self.refusal)",
        ])
    }
}
