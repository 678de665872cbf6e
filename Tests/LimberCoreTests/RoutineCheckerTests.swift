import Foundation
import Testing
@testable import LimberCore

/// Each problem the checker reports, with the line and column a clinician needs to fix it.
struct RoutineCheckerTests {
    static let valid = """
        id: hip-flexor-kneeling
        name: Kneeling hip flexor stretch
        family: stretch
        targets: [prolonged-sitting]
        equipment: [cushion]
        level: 1
        progresses-to: knee-rolls
        cautions: [Stop if pain travels down the leg.]
        stop-if: Pain that travels down the leg.
        steps:
          - name: Get into position
            kind: prepare
            seconds: 10
          - name: Stretch
            kind: hold
            seconds: 30
            sets: 2
            rest: 15
            sides: both
          - name: Tilts
            kind: reps
            reps: 10
            tempo: 3
          - name: Breathe
            kind: breathe
            pattern: {inhale: 4, hold: 0, exhale: 6, hold-after: 0}
            cycles: 6
        """

    /// The valid routine with one line replaced.
    static func valid(replacing old: String, with new: String) -> String {
        precondition(valid.contains(old), "fixture has no '\(old)'")
        return valid.replacingOccurrences(of: old, with: new)
    }

    @Test func aValidRoutineHasNoProblems() throws {
        let fixture = try LibraryFixture()
        #expect(try fixture.check("hip.yaml", Self.valid) == [])
        let routine = try #require(fixture.library.routines.first { $0.id == "knee-rolls" })
        #expect(routine.seconds == 32)
    }

    @Test func theNominalLengthCountsSetsRestsSidesAndBreaths() throws {
        let fixture = try LibraryFixture(["hip.yaml": Self.valid])
        let routine = try #require(fixture.library.routine(id: "hip-flexor-kneeling"))
        // 10 prepare + 2 sides x (2 x 30 + 15) + 5 switch + 10 x 3 reps + 6 x 10 breathing
        #expect(routine.seconds == 10 + 150 + 5 + 30 + 60)
    }

    @Test(arguments: [
        ("family: stretch", "family: strech",
         "x.yaml:3:9: error: unknown family 'strech'; expected one of: hang, stretch, mobility, control, release, breathing, walk"),
        ("targets: [prolonged-sitting]", "target: [prolonged-sitting]",
         "x.yaml:4:1: error: unknown key 'target' in the routine (did you mean 'targets'?)"),
        ("targets: [prolonged-sitting]", "targets: [sitting-long]",
         "x.yaml:4:11: error: unknown target issue 'sitting-long'; expected one of: prolonged-sitting, chronic-stress"),
        ("equipment: [cushion]", "equipment: [barbell]",
         "x.yaml:5:13: error: unknown equipment 'barbell'; expected one of: bar, roller, mat, chair, wall, strap, cushion"),
        ("level: 1", "level: one", "x.yaml:6:8: error: 'level' must be a whole number, found 'one'"),
        ("level: 1", "level: [1]", "x.yaml:6:8: error: 'level' must be a whole number, found a list"),
        ("progresses-to: knee-rolls", "progresses-to: nowhere",
         "x.yaml:7:16: error: 'progresses-to' names no routine: 'nowhere'"),
        ("    kind: prepare", "    kind: warmup",
         "x.yaml:12:11: error: unknown step kind 'warmup'; expected one of: prepare, hold, reps, rest, breathe, walk"),
        ("    seconds: 10", "    seconds: 0", "x.yaml:13:14: error: 'seconds' must be from 1 to 3600, found 0"),
        ("    seconds: 10", "    seconds: -5", "x.yaml:13:14: error: 'seconds' must be from 1 to 3600, found -5"),
        ("    seconds: 10", "    seconds: 4000", "x.yaml:13:14: error: 'seconds' must be from 1 to 3600, found 4000"),
        ("    seconds: 30", "    seconds: 1800",
         "x.yaml:15:11: error: step 2 lasts 7235 seconds with its sets, rests and sides; a step may last at most 3600"),
        ("    sides: both", "    sides: both-ways",
         "x.yaml:19:12: error: unknown sides 'both-ways'; expected one of: both, left, right"),
        ("inhale: 4,", "inhale: 0,",
         "x.yaml:26:14: error: the breathing pattern has no in-breath: 'inhale' must be at least 1 second"),
        ("exhale: 6,", "exhale: 0,",
         "x.yaml:26:14: error: the breathing pattern has no out-breath: 'exhale' must be at least 1 second"),
        ("    tempo: 3", "    tempo: 3\n    seconds: 30", "x.yaml:24:14: error: 'seconds' does not apply to a reps step"),
        ("id: hip-flexor-kneeling", "id: Hip_Flexor",
         "x.yaml:1:5: error: 'id' must be lower-case letters and digits joined by dashes, found 'Hip_Flexor'"),
        ("name: Kneeling hip flexor stretch\n", "",
         "x.yaml:1:1: error: missing required key 'name' in the routine"),
        ("    kind: prepare\n", "", "x.yaml:11:5: error: missing required key 'kind' in step 1"),
        ("family: stretch", "family: stretch\nfamily: hang", "x.yaml:4:1: error: duplicate key 'family': this mapping already has it at line 3, column 1"),
        ("level: 1", "level: [1", "x.yaml:7:14: error: malformed YAML: did not find expected ',' or ']'"),
    ])
    func eachProblemIsReportedWhereItIs(old: String, new: String, expected: String) throws {
        let fixture = try LibraryFixture()
        #expect(try fixture.check("x.yaml", Self.valid(replacing: old, with: new)) == [expected])
    }

    @Test func aRoutineWithNoStepsIsRejected() throws {
        let fixture = try LibraryFixture()
        let text = "id: empty-one\nname: Nothing\nfamily: walk\nsteps: []\n"
        #expect(try fixture.check("x.yaml", text) == ["x.yaml:4:8: error: the routine has no steps"])
    }

    @Test func anEmptyFileIsRejected() throws {
        let fixture = try LibraryFixture()
        #expect(try fixture.check("x.yaml", "  \n") == ["x.yaml:1:1: error: file is empty"])
    }

    @Test func aFileThatIsNotUTF8IsRejectedAtTheBadByte() throws {
        let fixture = try LibraryFixture()
        try Data("id: a\nname: caf".utf8 + [0xE9] + Data("\n".utf8)).write(to: fixture.folder.appendingPathComponent("x.yaml"))
        let lines = LibraryLoader.check(paths: [fixture.path("x.yaml")], against: fixture.library)
        #expect(lines.map { "\($0.line):\($0.column) \($0.message)" } == ["2:10 file is not valid UTF-8 text"])
    }

    @Test func aDuplicateIDInOneFolderIsRejected() throws {
        let fixture = try LibraryFixture(["a.yaml": Self.valid, "b.yaml": Self.valid])
        let lines = fixture.library.diagnostics.map(\.description)
        #expect(lines.count == 1)
        #expect(lines.first?.hasSuffix("b.yaml:1:5: error: duplicate routine id 'hip-flexor-kneeling', first defined at \(fixture.folder.path)/a.yaml:1:5") == true)
        #expect(fixture.library.routine(id: "hip-flexor-kneeling") != nil)
    }

    @Test func oneBadFileDoesNotStopTheRestFromLoading() throws {
        let fixture = try LibraryFixture(["bad.yaml": "id: [", "hip.yaml": Self.valid])
        let library = fixture.library
        #expect(library.routines.map(\.id) == ["hip-flexor-kneeling", "knee-rolls"])
        #expect(library.skippedFileWarnings.count == 1)
        #expect(library.skippedFileWarnings.first?.contains("bad.yaml") == true)
    }

    @Test func aClinicFolderExtendsAndReplacesBuiltInRoutines() throws {
        let builtIn = try LibraryFixture(["hip.yaml": Self.valid])
        let clinic = try LibraryFixture()
        try FileManager.default.removeItem(at: clinic.folder.appendingPathComponent("issues.yaml"))
        try clinic.write([
            "knee-rolls.yaml": LibraryFixture.kneeRolls.replacingOccurrences(of: "reps: 8", with: "reps: 12"),
            "new.yaml": Self.valid.replacingOccurrences(of: "id: hip-flexor-kneeling", with: "id: clinic-hip"),
        ])
        let library = LibraryLoader.load(builtIn: builtIn.folder, clinic: clinic.folder)
        #expect(library.diagnostics == [])
        #expect(library.routines.map(\.id) == ["clinic-hip", "hip-flexor-kneeling", "knee-rolls"])
        #expect(library.routine(id: "knee-rolls")?.steps.first?.load == .reps(count: 12, tempo: 4))
    }

    @Test(arguments: [("hip-flexor-2", true), ("cat", true), ("a-b-c", true), ("", false), ("-cat", false),
                      ("cat-", false), ("cat--camel", false), ("Cat", false), ("cat_camel", false), ("café", false)])
    func idsAreLowerCaseLettersAndDigitsJoinedByDashes(id: String, valid: Bool) {
        #expect(RoutineParser.isLowerCaseDashed(id) == valid)
    }
}
