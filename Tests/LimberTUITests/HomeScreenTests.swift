import Foundation
import Testing
@testable import LimberCore
@testable import LimberTUI

/// The home screen, the set-up's lists and the summary after a session, rendered at pinned
/// sizes and compared as text.
struct HomeScreenTests {
    static let instant = Date(timeIntervalSince1970: 1_772_442_000)

    static func pick(_ routine: Routine, _ rule: PickReason.Rule, issues: [String] = []) -> PlannedRoutine {
        PlannedRoutine(routine: routine, reason: PickReason(rule: rule, issues: issues, overdue: [], dose: nil, extraSets: nil))
    }

    static let plan = DayPlan(
        day: "2026-03-04", minutes: 15, stop: false, kind: .regular,
        routines: [
            pick(PlayerScreenTests.tilts, .opener),
            pick(PlayerScreenTests.stretch, .target, issues: ["front-back imbalance", "long periods of sitting"]),
            pick(PlayerScreenTests.breathing, .closer),
        ],
        warnings: [PlanWarning(kind: "assessment-advised",
                               message: "Stiffness of 30 minutes or more on 3 mornings in the last 14 days: book an assessment.")])

    /// Two weeks of sessions before Wednesday 4 March: some done, one partial, one missed, Sundays off.
    static let calendar: AdherenceCalendar = {
        func session(_ day: LocalDay, _ status: SessionStatus) -> LoggedSession {
            let record = SessionRecord(day: day, plannedRoutines: ["a"], startedAt: instant, status: status)
            return LoggedSession(session: record, steps: [
                StepResult(sessionID: record.id, routineID: "a", stepIndex: 0, stepName: "Hold", plannedSeconds: 30, doneSeconds: 30,
                           status: .done, startedAt: instant, endedAt: instant),
            ])
        }
        let days: [(LocalDay, SessionStatus)] = [
            ("2026-02-16", .completed), ("2026-02-17", .completed), ("2026-02-18", .partial), ("2026-02-20", .completed),
            ("2026-02-21", .completed), ("2026-02-23", .completed), ("2026-02-24", .completed), ("2026-02-25", .completed),
            ("2026-02-26", .interrupted), ("2026-02-27", .completed), ("2026-02-28", .completed), ("2026-03-02", .completed),
            ("2026-03-03", .completed),
        ]
        return AdherenceCalendar(today: "2026-03-04", sessions: days.map(session),
                                 profiles: ProfileHistory([Profile(day: "2026-02-16", restDays: [.sun], updatedAt: instant)]))
    }()

    static let view = HomeView(plan: plan, streak: 2, calendar: calendar)

    @Test(arguments: [(80, 24), (40, 12)])
    func homeAtEachSize(width: Int, height: Int) throws {
        try PlayerScreenTests.expectGolden(HomeScreen.render(Self.view, width: width, height: height).text,
                                           "home-\(width)x\(height)")
        let stopped = HomeView(
            plan: DayPlan(day: "2026-03-04", minutes: 0, stop: true, kind: .stop, routines: [], warnings: []), streak: 0,
            calendar: Self.calendar,
            stopAdvice: "You reported a warning sign, so Limber will not start a session until a professional has seen you about it.\n"
                + "  - saddle-numbness (reported 2026-03-04): Call your local emergency number now.")
        try PlayerScreenTests.expectGolden(HomeScreen.render(stopped, width: width, height: height).text,
                                           "home-stop-\(width)x\(height)")
    }

    @Test func homeInASCIIAndWithANotice() throws {
        var view = Self.view
        view.notice = "Logged: pain 3."
        view.doneToday = true
        try PlayerScreenTests.expectGolden(HomeScreen.render(view, width: 80, height: 24, glyphs: .ascii).text, "ascii-home-80x24")
    }

    @Test func aTinyWindowSaysHowBigToMakeIt() {
        let screen = HomeScreen.render(Self.view, width: 30, height: 8).text
        #expect(screen.contains("Terminal too small."))
        #expect(!screen.contains("Streak"))
        // A huge streak still fits the top line at the smallest size.
        var view = Self.view
        view.streak = 36_500
        #expect(HomeScreen.render(view, width: 40, height: 12).lines[0] == " Limber  Wed 4 Mar   Streak: 36500 days")
    }

    @Test func aRoutineNameFromAClinicCannotMoveTheCursor() {
        var view = Self.view
        view.plan.routines[0].routine.name = "Tilts\u{1B}[2J"
        let screen = HomeScreen.render(view, width: 80, height: 24).text
        #expect(!screen.contains("\u{1B}"))
        #expect(screen.contains("1. Tilts\\u{1B}[2J"))
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func setUpListAtEachSize(width: Int, height: Int) throws {
        var list = ChoiceList(
            title: "Set-up 1 of 5: what to work on", intro: "Choose what your clinician flagged: space marks one, Enter goes on.",
            items: (1...14).map { ChoiceList.Item(label: "Issue number \($0)", detail: "What issue \($0) means, in plain words.") },
            multiple: true)
        for key: Key in [.down, .character(" "), .down, .down, .down, .down, .down, .down, .down, .down, .down, .down] {
            _ = list.press(key)
        }
        try PlayerScreenTests.expectGolden(ChoiceListScreen.render(list, width: width, height: height).text,
                                           "setup-list-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func summaryAtEachSize(width: Int, height: Int) throws {
        let lines = ["Sets: 7 done, 1 cut short, 2 not done.", "Time: 11 min 30 s.", "Pain: 4 before, 2 after.", "Streak: 3 days in a row."]
        try PlayerScreenTests.expectGolden(
            TextPage.render(title: "Session complete. Well done.", paragraphs: lines, offset: 0, footer: "Any key: home",
                            width: width, height: height).text,
            "summary-\(width)x\(height)")
    }
}
