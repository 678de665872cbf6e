import Foundation
import Testing
@testable import LimberCore

/// The second edition's fields: `avoid-with`, `no-progression`, a step's `progress` and
/// `weaker-side-extra-sets`, and the breath's `top-up`; each problem at its line and column.
struct ProgressionFieldTests {
    static let valid = """
        id: bridge
        name: Glute bridge
        family: control
        avoid-with: [pregnancy, shoulder-problem]
        no-progression: The top of this ladder.
        steps:
          - name: Bridge hold
            kind: hold
            seconds: 20
            progress: {by: 5, up-to: 40}
            sides: both
            weaker-side-extra-sets: 1
          - name: Bridges
            kind: reps
            reps: 8
            tempo: 4
            progress: {by: 2, up-to: 12}
          - name: Sigh
            kind: breathe
            pattern: {inhale: 3, top-up: 1, exhale: 6}
            cycles: 3
        """

    static func valid(replacing old: String, with new: String) -> String {
        precondition(valid.contains(old), "fixture has no '\(old)'")
        return valid.replacingOccurrences(of: old, with: new)
    }

    @Test func theNewFieldsAreReadIntoTheRoutine() throws {
        let fixture = try LibraryFixture(["bridge.yaml": Self.valid])
        #expect(fixture.library.diagnostics == [])
        let routine = try #require(fixture.library.routine(id: "bridge"))
        #expect(routine.avoidWith == ["pregnancy", "shoulder-problem"])
        #expect(routine.noProgression == "The top of this ladder.")
        #expect(routine.steps[0].progress == DoseProgress(by: 5, upTo: 40))
        #expect(routine.steps[0].weakerSideExtraSets == 1)
        #expect(routine.steps[1].progress == DoseProgress(by: 2, upTo: 12))
        #expect(routine.steps[2].load == .breathe(BreathPattern(inhale: 3, topUp: 1, exhale: 6), cycles: 3))
        // The top-up counts in the breath's length: 3 cycles of 10 s.
        #expect(routine.steps[2].totalSeconds == 30)
    }

    @Test func showSaysWhatToAvoidHowTheDoseGrowsAndTheTopUp() throws {
        let fixture = try LibraryFixture(["bridge.yaml": Self.valid])
        let text = RoutineDetail.render(try #require(fixture.library.routine(id: "bridge")), issues: [])
        #expect(text.contains("Not for people with: pregnancy, shoulder-problem"))
        #expect(text.contains("No next level: The top of this ladder."))
        #expect(text.contains("1. Bridge hold: 20 s, growing by 5 s up to 40 s, each side, 1 extra set on the weaker side"))
        #expect(text.contains("2. Bridges: 8 reps, 4 s each, growing by 2 reps up to 12 reps"))
        let oneRep = Step(name: "Tilts", kind: .reps, load: .reps(count: 5, tempo: 4), progress: DoseProgress(by: 1, upTo: 10))
        #expect(RoutineDetail.dose(oneRep) == "5 reps, 4 s each, growing by 1 rep up to 10 reps")
        #expect(text.contains("3. Sigh: 3 breaths (in 3, in again 1, out 6)"))
    }

    @Test(arguments: [
        ("avoid-with: [pregnancy, shoulder-problem]", "avoid-with: [pregnancy, shoulder-problems]",
         "x.yaml:4:25: error: unknown condition 'shoulder-problems' in 'avoid-with' (did you mean 'shoulder-problem'?)"),
        ("avoid-with: [pregnancy, shoulder-problem]", "avoid-with: [pregnancy, asthma]",
         "x.yaml:4:25: error: unknown condition 'asthma' in 'avoid-with'; expected one of: pregnancy, shoulder-problem"),
        ("avoid-with: [pregnancy, shoulder-problem]", "avoid-with: pregnancy",
         "x.yaml:4:13: error: 'avoid-with' must be a list, found 'pregnancy'"),
        ("avoid-with: [pregnancy, shoulder-problem]", "avoid-wiht: [pregnancy]",
         "x.yaml:4:1: error: unknown key 'avoid-wiht' in the routine (did you mean 'avoid-with'?)"),
        ("no-progression: The top of this ladder.", "no-progression: The top.\nprogresses-to: knee-rolls",
         "x.yaml:5:17: error: 'no-progression' says why there is no next routine, but 'progresses-to' names one; keep one of them"),
        ("no-progression: The top of this ladder.", "no-progression: [one]",
         "x.yaml:5:17: error: 'no-progression' must be text, found a list"),
        ("progress: {by: 5, up-to: 40}", "progress: {by: 0, up-to: 40}",
         "x.yaml:10:20: error: 'by' must be from 1 to 3600, found 0"),
        ("progress: {by: 5, up-to: 40}", "progress: {by: 5, up-to: 20}",
         "x.yaml:10:30: error: 'up-to' must be more than the step's starting 20 seconds, found 20"),
        ("progress: {by: 5, up-to: 40}", "progress: {by: 25, up-to: 40}",
         "x.yaml:10:20: error: 'by' must be at most 20, the whole growth from 20 to 40 seconds, found 25"),
        ("progress: {by: 5, up-to: 40}", "progress: {by: 5}",
         "x.yaml:10:15: error: missing required key 'up-to' in the progress of step 1"),
        ("progress: {by: 5, up-to: 40}", "progress: 5",
         "x.yaml:10:15: error: the progress of step 1 must be a mapping of keys to values, found '5'"),
        ("progress: {by: 5, up-to: 40}", "progress: {by: 5, up-to: 1900}",
         "x.yaml:10:15: error: step 1 would last 3805 seconds at its 'up-to' dose; a step may last at most 3600"),
        ("progress: {by: 2, up-to: 12}", "progress: {by: 2, up-to: 8}",
         "x.yaml:17:30: error: 'up-to' must be more than the step's starting 8 reps, found 8"),
        ("progress: {by: 2, up-to: 12}", "progress: {by: 2, up-to: 201}",
         "x.yaml:17:30: error: 'up-to' must be from 1 to 200, found 201"),
        ("    cycles: 3", "    cycles: 3\n    progress: {by: 1, up-to: 6}",
         "x.yaml:22:15: error: 'progress' applies only to hold and reps steps, not to a breathe step"),
        ("    sides: both\n", "",
         "x.yaml:11:29: error: 'weaker-side-extra-sets' needs 'sides: both': only a step done on each side has a weaker side"),
        ("    sides: both", "    sides: left",
         "x.yaml:12:29: error: 'weaker-side-extra-sets' needs 'sides: both': only a step done on each side has a weaker side"),
        ("weaker-side-extra-sets: 1", "weaker-side-extra-sets: 4",
         "x.yaml:12:29: error: 'weaker-side-extra-sets' must be from 1 to 3, found 4"),
        ("    cycles: 3", "    cycles: 3\n    weaker-side-extra-sets: 1",
         "x.yaml:22:29: error: 'weaker-side-extra-sets' applies only to hold and reps steps, not to a breathe step"),
        ("top-up: 1", "top-up: 61", "x.yaml:20:34: error: 'top-up' must be from 0 to 60, found 61"),
        ("top-up: 1", "topup: 1",
         "x.yaml:20:26: error: unknown key 'topup' in the breathing pattern (did you mean 'top-up'?)"),
    ])
    func eachProblemIsReportedWhereItIs(old: String, new: String, expected: String) throws {
        let fixture = try LibraryFixture()
        let lines = try fixture.check("x.yaml", Self.valid(replacing: old, with: new))
        #expect(lines == [expected])
    }

    @Test func aMisspeltProgressKeyIsNamedAndTheMissingOneToo() throws {
        let fixture = try LibraryFixture()
        let lines = try fixture.check("x.yaml", Self.valid(replacing: "up-to: 40", with: "upto: 40"))
        #expect(lines == [
            "x.yaml:10:15: error: missing required key 'up-to' in the progress of step 1",
            "x.yaml:10:23: error: unknown key 'upto' in the progress of step 1 (did you mean 'up-to'?)",
        ])
    }

    @Test func aClinicRoutineIsCheckedAgainstTheBuiltInConditions() throws {
        let builtIn = try LibraryFixture()
        let clinic = try LibraryFixture()
        for catalog in ["issues.yaml", "safety.yaml", "conditions.yaml"] {
            try FileManager.default.removeItem(at: clinic.folder.appendingPathComponent(catalog))
        }
        // A clinic's own conditions.yaml is not a catalogue, so it cannot add a condition.
        try clinic.write([
            "conditions.yaml": "conditions:\n  - {id: asthma, name: Asthma, description: Asthma.}\n",
            "mine.yaml": Self.valid(replacing: "[pregnancy, shoulder-problem]", with: "[asthma]"),
        ])
        let library = LibraryLoader.load(builtIn: builtIn.folder, clinic: clinic.folder)
        #expect(library.routine(id: "bridge") == nil)
        #expect(library.diagnostics.map(\.message) == [
            "unknown condition 'asthma' in 'avoid-with'; expected one of: pregnancy, shoulder-problem",
        ])
        #expect(library.diagnostics.map { "\($0.line):\($0.column)" } == ["4:14"])
    }

    @Test func aBadConditionsCatalogueIsReportedAtItsLine() throws {
        let fixture = try LibraryFixture()
        let text = "conditions:\n  - id: pregnancy\n    name: Pregnancy\n    descripton: You are pregnant.\n"
        #expect(try fixture.check("conditions.yaml", text) == [
            "conditions.yaml:2:5: error: missing required key 'description' in condition 1",
            "conditions.yaml:4:5: error: unknown key 'descripton' in condition 1 (did you mean 'description'?)",
        ])
        #expect(LibraryLoader.load(builtIn: fixture.folder).conditions.isEmpty)
    }
}
