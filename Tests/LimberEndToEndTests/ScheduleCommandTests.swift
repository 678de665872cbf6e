import Foundation
import Testing

/// `profile`, `today`, `plan` and what `start` keeps of the plan, run as a clinician and a patient type them.
struct ScheduleCommandTests {
    let limber = LimberProcess()

    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func aProfileIsSetShownAndKeptChangeByChange() throws {
        #expect(try limber.run(["profile", "show"]).stdout
            == "No profile yet: the plan is one for a patient with no issues flagged. Your clinician can set one, for example: limber profile set --flag prolonged-sitting --minutes 15\n")
        let set = try limber.run([
            "profile", "set", "--name", "Sam", "--flag", "left-right-imbalance", "--weaker-side", "left",
            "--condition", "knee-problem", "--equipment", "mat", "--rest-day", "sun", "--minutes", "20",
        ])
        #expect(set.status == 0)
        #expect(set.stdout == """
            Profile saved for 2026-03-02.
            Name: Sam
            Flagged issues:
              left-right-imbalance (Left-right imbalance), since 2026-03-02
            Conditions:
              knee-problem (Knee problem)
            Weaker side: left
            Minutes a day: 20
            Equipment: mat
            Rest days: sun
            Spoken cues: off
            Changed once, last on 2026-03-02.

            """)
        let later = try limber.run(
            ["profile", "set", "--flag", "chronic-stress", "--no-weaker-side", "--no-rest-day", "sun"],
            environment: ["LIMBER_NOW": "2026-03-05T09:00:00Z"])
        #expect(later.stdout.contains("  left-right-imbalance (Left-right imbalance), since 2026-03-02\n  chronic-stress (Ongoing stress), since 2026-03-05\n"))
        #expect(later.stdout.contains("Weaker side: none\n") && later.stdout.contains("Rest days: none\n"))
        let shown = try json(limber.run(["profile", "show", "--json"]).stdout) as! [String: Any]
        #expect(Set(shown.keys) == ["profile", "minutes", "history", "voice"])
        #expect((shown["history"] as! [[String: Any]]).map { $0["day"] as! String } == ["2026-03-02", "2026-03-05"])
        let profile = shown["profile"] as! [String: Any]
        // A value not set (here the weaker side) is left out, as in the export.
        #expect(Set(profile.keys) == [
            "id", "day", "name", "flagged_issues", "conditions", "daily_minutes", "equipment", "rest_days", "updated_at",
        ])
    }

    @Test(arguments: [
        (["--flag", "tight-back"], "Error: Unknown issue 'tight-back'. Choose from: left-right-imbalance, front-back-imbalance, poor-neuromuscular-control, repetitive-stress, prolonged-sitting, low-daily-movement, chronic-stress."),
        (["--condition", "flu"], "Error: Unknown condition 'flu'. Choose from: pregnancy, fragile-bones, recent-hip-replacement, recent-spinal-surgery, shoulder-problem, wrist-problem, knee-problem, hypermobility, existing-sciatica."),
        (["--equipment", "sofa"], "Error: Unknown equipment item 'sofa'. Choose from: bar, roller, mat, chair, wall, strap, cushion."),
        (["--rest-day", "sunday"], "Error: Unknown day 'sunday'. Choose from: mon, tue, wed, thu, fri, sat, sun."),
        (["--minutes", "100"], "Error: --minutes 100 is not between 5 and 90."),
        ([], "Error: Nothing to change: give at least one option."),
    ])
    func aWrongProfileValueIsAUsageErrorListingTheValidOnes(arguments: [String], message: String) throws {
        let result = try limber.run(["profile", "set"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderrLines.first == message)
        #expect(result.stderrLines.dropFirst().first == "Usage: limber profile set <options>")
        #expect(try limber.query("SELECT count(*) FROM profile_change") == [] || limber.query("SELECT count(*) FROM profile_change") == ["0"])
    }

    @Test func todayWithoutAProfileIsADefaultPlanThatSaysHowToSetOne() throws {
        let result = try limber.run(["today", "--json"])
        #expect(result.status == 0)
        let plan = try json(result.stdout) as! [String: Any]
        #expect(Set(plan.keys) == ["date", "minutes", "stop", "kind", "routines", "warnings"])
        #expect(plan["date"] as? String == "2026-03-02" && plan["minutes"] as? Int == 15 && plan["stop"] as? Bool == false)
        let routines = plan["routines"] as! [[String: Any]]
        #expect(routines.allSatisfy { Set($0.keys) == ["id", "name", "family", "seconds", "reason", "rule"] })
        #expect(routines.map { $0["seconds"] as! Int }.reduce(0, +) <= 15 * 60)
        #expect(routines.last?["family"] as? String == "breathing")
        #expect((plan["warnings"] as! [[String: Any]]).map { $0["kind"] as! String } == ["no-profile"])
        #expect(try limber.run(["today"]).stdout.contains("limber profile set --flag prolonged-sitting --minutes 15"))
    }

    @Test func todayAndPlanFollowTheProfileAndAgree() throws {
        #expect(try limber.run(["profile", "set", "--flag", "front-back-imbalance", "--minutes", "10", "--rest-day", "wed", "--equipment", "mat"]).status == 0)
        let today = try json(limber.run(["today", "--json"]).stdout) as! [String: Any]
        #expect((today["warnings"] as! [Any]).isEmpty && today["minutes"] as? Int == 10)
        let reasons = (today["routines"] as! [[String: Any]]).map { $0["reason"] as! String }
        #expect(reasons.contains { $0.contains("targets front-back imbalance") })
        let plans = try json(limber.run(["plan", "--days", "3", "--json"]).stdout) as! [[String: Any]]
        #expect(plans.map { $0["date"] as! String } == ["2026-03-02", "2026-03-03", "2026-03-04"])
        #expect(plans.map { $0["kind"] as! String } == ["regular", "regular", "rest"])
        #expect(NSDictionary(dictionary: plans[0]) == NSDictionary(dictionary: today))
        let dated = try json(limber.run(["today", "--date", "2026-03-04", "--json"]).stdout) as! [String: Any]
        #expect(dated["kind"] as? String == "rest")
        #expect(try limber.run(["plan", "--days", "0"]).status == 64)
        #expect(try limber.run(["today", "--date", "2026-02-30"]).status == 64)
    }

    @Test func aRedFlagStopsTodayAndEveryDayUntilItIsCleared() throws {
        #expect(try limber.run(["log", "symptom", "saddle-numbness"]).status == 0)
        let plan = try json(limber.run(["today", "--json"]).stdout) as! [String: Any]
        #expect(plan["stop"] as? Bool == true && (plan["routines"] as! [Any]).isEmpty && plan["kind"] as? String == "stop")
        let start = try limber.run(["start", "--plain"])
        #expect(start.status == 1)
        #expect(start.stderr.hasPrefix("Error: You reported a warning sign, so Limber will not start a session until a professional has seen you about it.\n  - saddle-numbness (reported 2026-03-02): "))
        let tomorrow = try json(limber.run(["today", "--date", "2026-03-03", "--json"]).stdout) as! [String: Any]
        #expect(tomorrow["stop"] as? Bool == true, "the stop lasts until a clearance")
        let later = ["LIMBER_NOW": "2026-03-03T09:00:00Z"]
        #expect(try limber.run(["screen", "--cleared", "saddle-numbness", "--by", "Dr Lee, GP"], environment: later).status == 0)
        let cleared = try json(limber.run(["today", "--json"], environment: later).stdout) as! [String: Any]
        #expect(cleared["stop"] as? Bool == false && !(cleared["routines"] as! [Any]).isEmpty)
    }

    @Test func aSessionKeepsEverySetItPlanned() throws {
        #expect(try limber.playTinyRoutine().status == 0)
        #expect(try limber.query("SELECT routine_id, step_index, set_number, planned_seconds FROM planned_set") == ["tiny|0|1|2"])
    }

    @Test func aRoutineThatAvoidsOneOfThePatientsConditionsIsNotStartedWithoutATerminalToAsk() throws {
        let routines = try limber.writeKneelingRoutine()
        #expect(try limber.run(["profile", "set", "--condition", "knee-problem"]).status == 0)
        let result = try limber.run(["start", "--plain", "--routine", "kneeling", "--routines", routines.path])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: Kneeling rock is not meant for someone with: Knee problem. Limber will not start it without a terminal to ask you on.\n")
        #expect(try limber.query("SELECT count(*) FROM session") == ["0"])
    }
}
