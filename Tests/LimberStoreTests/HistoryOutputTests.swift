import Foundation
import LimberCore
import LimberStore
import Testing

@Suite("What history shows")
struct HistoryOutputTests {
    let utc = TimeZone(identifier: "UTC")!

    func loggedDay() throws -> (sessions: [LoggedSession], reports: [SelfReport]) {
        let store = try AppDatabase.inMemory()
        let id = try store.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel", "knee-rolls"], startedAt: Sample.morning)
        try store.setPainBefore(5, sessionID: id)
        try store.recordStep(Sample.step(of: id, 0, endingAt: Sample.at(40)))
        try store.recordStep(Sample.step(of: id, 1, routine: "knee-rolls", side: .left, done: 10, status: .partial, endingAt: Sample.at(80)))
        try store.recordStep(Sample.step(of: id, 2, routine: "knee-rolls", done: 0, status: .skipped, endingAt: Sample.at(81)))
        try store.finishSession(id: id, status: .partial, endedAt: Sample.at(90), painAfter: 3, effort: .tooHard)
        try store.record(SelfReport(day: "2024-05-01", recordedAt: Sample.at(3600), kind: .crack, note: "after the drive"))
        try store.record(SelfReport(day: "2024-04-30", recordedAt: Sample.at(-3600), kind: .activity, activity: .walk, minutes: 25))
        return (try store.sessions(from: "2024-04-30", through: "2024-05-01"), try store.selfReports(from: "2024-04-30", through: "2024-05-01"))
    }

    @Test("the text lists each day newest first, with sessions and self-reports in time order")
    func text() throws {
        let (sessions, reports) = try loggedDay()
        #expect(HistoryText.render(sessions: sessions, reports: reports, days: 7, timeZone: utc) == """
            2024-05-01
              09:00  cracked back ("after the drive")
              08:00  session partial: cat-camel, knee-rolls (1 set done, 2 cut short or skipped, 40 s); pain 5 before, 3 after; felt too hard

            2024-04-30
              07:00  walk, 25 min
            """)
        #expect(HistoryText.render(sessions: [], reports: [], days: 7) == "Nothing logged in the last 7 days.")
    }

    @Test("a set played again after going back counts once, done if either attempt was")
    func replayedSet() throws {
        let store = try AppDatabase.inMemory()
        let id = try store.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel"], startedAt: Sample.morning)
        try store.recordStep(Sample.step(of: id, 0, done: 4, status: .partial, endingAt: Sample.at(10)))
        try store.recordStep(Sample.step(of: id, 0, endingAt: Sample.at(40)))
        // Step 1 done, then gone back to and skipped: its last attempt counts, as in the player.
        try store.recordStep(Sample.step(of: id, 1, endingAt: Sample.at(70)))
        try store.recordStep(Sample.step(of: id, 1, done: 0, status: .skipped, endingAt: Sample.at(71)))
        try store.finishSession(id: id, status: .partial, endedAt: Sample.at(71), painAfter: nil, effort: nil)
        let sessions = try store.sessions(from: "2024-05-01", through: "2024-05-01")
        #expect(HistoryText.render(sessions: sessions, reports: [], days: 1, timeZone: utc)
                .contains("session partial: cat-camel (1 set done, 1 cut short or skipped, 1 min 4 s)"))
    }

    @Test("the JSON of a session has its date, status, routines played, pain, effort and steps")
    func json() throws {
        let (sessions, _) = try loggedDay()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let object = try JSONSerialization.jsonObject(with: encoder.encode(sessions.map(HistoryEntry.init))) as! [[String: Any]]
        let entry = try #require(object.first)
        #expect(entry["date"] as? String == "2024-05-01")
        #expect(entry["status"] as? String == "partial")
        #expect(entry["routines"] as? [String] == ["cat-camel", "knee-rolls"])
        #expect(entry["planned_routines"] as? [String] == ["cat-camel", "knee-rolls"])
        #expect(entry["pain_before"] as? Int == 5)
        #expect(entry["pain_after"] as? Int == 3)
        #expect(entry["effort"] as? String == "too-hard")
        let steps = try #require(entry["steps"] as? [[String: Any]])
        #expect(steps.map { $0["status"] as? String } == ["done", "partial", "skipped"])
        #expect(steps[1]["side"] as? String == "left")
        #expect(steps[0]["side"] is NSNull)
        #expect(steps[1]["done_seconds"] as? Int == 10)
    }

    @Test("the crack warning reassures, says when to seek advice with the country's numbers, says what the stretch is, then the clinic's reasons and the alternatives by name")
    func crackWarning() throws {
        let routines = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Routines").standardizedFileURL
        let library = LibraryLoader.load(builtIn: routines).localized(for: ["LANG": "en_GB.UTF-8"])
        let technique = try #require(library.safety.discouraged.first { $0.id == "footballers-stretch" })
        let text = try #require(CrackWarning(safety: library.safety) { library.routine(id: $0)?.name }).text

        #expect(text.hasPrefix("""
            One crack is unlikely to have done harm. If new numbness, tingling or weakness comes on in a leg, stop and get advice from your clinician or NHS 111; in both legs or around your bottom, call 999 now.

            Our clinic's advice on the footballer's stretch:
              Lying twisted on your side or back and pulling or pushing the top knee down, or having someone push it, until the lower back cracks.

            """))
        for reason in technique.reasons {
            #expect(text.contains("  - \(reason)\n"))
        }
        #expect(text.contains("Gentler routines to try instead:\n  - Knee rolls  (limber start --routine knee-rolls)"))
    }
}

@Suite("What history shows of control characters")
struct HistoryControlCharacterTests {
    @Test("a note, a symptom and routine ids from an import show their control characters as text, each entry on one line")
    func visible() throws {
        let store = try AppDatabase.inMemory()
        let id = try store.beginSession(day: "2024-05-01", plannedRoutines: ["cat\u{1B}[2J"], startedAt: Sample.morning)
        try store.recordStep(Sample.step(of: id, 0, routine: "cat\u{1B}[2J", endingAt: Sample.at(40)))
        try store.record(SelfReport(day: "2024-05-01", recordedAt: Sample.at(60), kind: .pain, pain: 3,
                                    note: "\u{1B}]0;pwned\u{7}line\nbreak\r\u{7F}\u{9B}"))
        try store.record(SelfReport(day: "2024-05-01", recordedAt: Sample.at(120), kind: .symptom, symptom: "x\u{8}y"))
        let text = HistoryText.render(
            sessions: try store.sessions(from: "2024-05-01", through: "2024-05-01"),
            reports: try store.selfReports(from: "2024-05-01", through: "2024-05-01"), days: 1,
            timeZone: TimeZone(identifier: "UTC")!)
        #expect(text == """
            2024-05-01
              08:02  symptom: x\\u{8}y
              08:01  pain 3 ("\\u{1B}]0;pwned\\u{7}line\\u{A}break\\u{D}\\u{7F}\\u{9B}")
              08:00  session in-progress: cat\\u{1B}[2J (1 set done, 30 s)
            """)
    }
}
