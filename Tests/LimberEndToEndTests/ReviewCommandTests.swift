import Foundation
import LimberCore
import LimberTestSupport
import Testing

/// `limber review` run as a clinician types it, over homes, log files and export files made
/// from ReviewFixture (imported with `limber import`).
struct ReviewCommandTests {
    let clinic = LimberProcess()
    let period = ["--from", "2026-02-02", "--to", "2026-02-10"]

    /// A patient's data folder holding `contents`, written through `limber import`.
    func patient(_ name: String, _ contents: LogContents) throws -> LimberProcess {
        let patient = LimberProcess(home: clinic.home.appendingPathComponent(name))
        let file = try exportFile(name, contents)
        try #require(try patient.run(["import", file.path]).status == 0)
        return patient
    }

    func exportFile(_ name: String, _ contents: LogContents) throws -> URL {
        try FileManager.default.createDirectory(at: clinic.home, withIntermediateDirectories: true)
        let file = clinic.home.appendingPathComponent("\(name).jsonl")
        try LogArchive.encode(contents, exportedAt: Date()).write(to: file)
        return file
    }

    func named(_ name: String, _ change: (inout LogContents) -> Void = { _ in }) -> LogContents {
        var contents = ReviewFixture.contents
        contents.profileChanges[0].name = name
        change(&contents)
        return contents
    }

    @Test func severalPathsGiveAClinicSummaryNeedingAttentionFirstThenEachPatient() throws {
        let sam = try patient("sam", named("Sam Lee"))
        let ann = try patient("ann", named("Ann Good") { log in
            for day in ["2026-02-03", "2026-02-07", "2026-02-10"] {
                ReviewFixture.add(&log, at: "\(day)T09:00:00.000Z", .completed, [("a", 1, 30, 30, .done), ("a", 2, 30, 30, .done), ("b", 1, 60, 60, .done)])
            }
        })
        let zed = try exportFile("zed", named("Zed Flag") { log in
            log.selfReports.append(SelfReport.symptom("saddle-numbness", at: ReviewFixture.instant("2026-02-09T10:00:00.000Z"), in: TimeZone(identifier: "UTC")!))
        })
        let paths = [ann.home.path, sam.home.appendingPathComponent("limber.sqlite").path, zed.path]
        let result = try clinic.run(["review"] + paths + ["--format", "json"] + period)
        #expect(result.status == 0, "\(result.stderr)")
        // Written to a file as it is made, patient by patient: the same bytes.
        let out = clinic.home.appendingPathComponent("clinic.json")
        let written = try clinic.run(["review"] + paths + ["--format", "json", "--out", out.path] + period)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8) == result.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [[String: Any]])
        #expect(summary.map { $0["patient"] as? String } == ["Zed Flag", "Sam Lee", "Ann Good"])
        #expect(summary[0]["open_alerts"] as? Int == 1)
        let patients = try #require(json["patients"] as? [[String: Any]])
        #expect(patients.map { $0["patient"] as? String } == ["Zed Flag", "Sam Lee", "Ann Good"])
        let keys = ["patient", "from", "to", "planned_sessions", "completed_sessions", "partial_sessions", "adherence",
                    "current_streak", "crack_events", "pain", "alerts", "sessions"]
        for patient in patients {
            #expect(keys.allSatisfy { patient.keys.contains($0) }, "\(keys.filter { !patient.keys.contains($0) })")
        }
        let samReview = patients[1]
        #expect(samReview["planned_sessions"] as? Int == 8 && samReview["completed_sessions"] as? Int == 3)
        #expect(samReview["partial_sessions"] as? Int == 2 && samReview["adherence"] as? Double == 0.375)
        #expect(samReview["current_streak"] as? Int == 2 && samReview["crack_events"] as? Int == 3)
        #expect(samReview["from"] as? String == "2026-02-02" && samReview["to"] as? String == "2026-02-10")
        let pain = try #require(samReview["pain"] as? [[String: Any]])
        #expect(pain.first?["date"] as? String == "2026-02-02" && pain.first?["before"] as? Int == 4 && pain.first?["after"] as? Int == 2)
        let alert = try #require((samReview["alerts"] as? [[String: Any]])?.first)
        #expect(Set(alert.keys).isSuperset(of: ["kind", "message", "date"]))
        let session = try #require((samReview["sessions"] as? [[String: Any]])?[1])
        #expect(session["date"] as? String == "2026-02-04" && session["status"] as? String == "partial")
        let exercise = try #require((session["exercises"] as? [[String: Any]])?.first)
        #expect(exercise["routine"] as? String == "a" && exercise["planned_seconds"] as? Int == 60)
        #expect(exercise["done_seconds"] as? Int == 42 && exercise["status"] as? String == "partial")

        let table = try clinic.run(["review", ann.home.path, sam.home.path, zed.path] + period)
        #expect(table.stdout.hasPrefix("Clinic summary: 3 patients, 2026-02-02 to 2026-02-10, needing attention first"))
        #expect(table.stdout.contains("! Zed Flag"))
        #expect(table.stdout.contains("    needs attention: red flag not cleared"))
    }

    @Test func withNoPathItReviewsTheHomeAndReadsWithoutChangingTheLog() throws {
        let sam = try patient("sam", named("Sam Lee"))
        let log = sam.home.appendingPathComponent("limber.sqlite")
        let before = try Data(contentsOf: log)
        let result = try sam.run(["review"] + period)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Sam Lee (\(sam.home.path))\n2026-02-02 to 2026-02-10\n"))
        #expect(result.stdout.contains("Sessions   planned 8, completed 3, partial 2, missed 3, extra 1"))
        #expect(try Data(contentsOf: log) == before)
        // The default period: the 12 weeks up to today.
        let defaults = try sam.run(["review", "--format", "json"])
        #expect(defaults.stdout.contains("\"from\" : \"2025-12-09\"") && defaults.stdout.contains("\"to\" : \"2026-03-02\""))
    }

    @Test func aBadPathIsNamedWithTheReasonAndNothingIsWritten() throws {
        let sam = try patient("sam", named("Sam Lee"))
        let out = clinic.home.appendingPathComponent("report.html")
        let folder = clinic.home.appendingPathComponent("empty-folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = clinic.home.appendingPathComponent("notes.txt")
        try "Sam's notes".write(to: text, atomically: true, encoding: .utf8)
        let foreign = clinic.home.appendingPathComponent("other.sqlite")
        #expect(try LimberProcess.runTool("/usr/bin/sqlite3", [foreign.path, "CREATE TABLE invoices (id INTEGER)"]) == 0)
        let damaged = clinic.home.appendingPathComponent("damaged.sqlite")
        try (Data("SQLite format 3\u{0}".utf8) + Data(repeating: 0xA5, count: 4000)).write(to: damaged)
        let badExport = clinic.home.appendingPathComponent("bad.jsonl")
        try "{\"format\": \"limber-log\", \"version\": 2, \"exported_at\": \"2026-03-01T00:00:00.000Z\"}\n{\"type\": \"session\"}\n".write(to: badExport, atomically: true, encoding: .utf8)
        let cases: [(URL, String)] = [
            (clinic.home.appendingPathComponent("nobody"), "there is no such file or folder"),
            (folder, "this folder holds no Limber log"),
            (text, "neither a Limber log (an SQLite file) nor a Limber export"),
            (foreign, "is not a Limber log: it holds tables Limber does not know (invoices)"),
            (damaged, "is not a Limber log"),
            (badExport, "bad.jsonl:2:"),
        ]
        for (path, reason) in cases {
            // JSON is written as it is made, yet only once every log is read.
            for format in ["html", "json"] {
                let result = try clinic.run(["review", sam.home.path, path.path, "--format", format, "--out", out.path])
                #expect(result.status == 1, "\(path.lastPathComponent)")
                #expect(result.stderr.contains(path.path) && result.stderr.contains(reason), "\(result.stderr)")
                #expect(result.stdout.isEmpty)
                #expect(!FileManager.default.fileExists(atPath: out.path), "no report is written when a path is bad")
                let printed = try clinic.run(["review", sam.home.path, path.path, "--format", format])
                #expect(printed.status == 1 && printed.stdout.isEmpty, "nothing is written to standard output either")
            }
        }
    }

    @Test func outWritesTheWholeReportPrivatelyAndSaysWhere() throws {
        let sam = try patient("sam", named("Sam Lee"))
        for format in ["table", "json", "csv", "html"] {
            let out = clinic.home.appendingPathComponent("review.\(format)")
            let result = try clinic.run(["review", sam.home.path, "--format", format, "--out", out.path] + period)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "Wrote the review of 1 patient to \(out.path).\n")
            let written = try String(contentsOf: out, encoding: .utf8)
            let permissions = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
            #expect(permissions == 0o600, "a review holds health data")
            switch format {
            // Only these two list each step (the review leaves them out for the others).
            case "csv":
                #expect(written.hasPrefix("patient,source,date,session_id,"))
                #expect(written.contains("\r\nSam Lee,"), "a row per step")
            case "html": #expect(written.hasPrefix("<!DOCTYPE html>") && written.contains("<svg class=\"chart adherence\""))
            case "json": #expect(written.contains("\"planned_sessions\" : 8") && written.contains("\"step_name\" : "))
            default: #expect(written.contains("Weekly     ▅▁"))
            }
        }
    }

    @Test func theTableIsASCIIUnderACLocale() throws {
        let sam = try patient("sam", named("Sam Lee"))
        let result = try sam.run(["review"] + period, environment: ["LANG": "C", "LC_ALL": "C"])
        #expect(result.status == 0)
        #expect(result.stdout.allSatisfy { $0.isASCII })
        #expect(result.stdout.contains("Weekly     =_"))
    }

    @Test func thePeriodIsChecked() throws {
        let sam = try patient("sam", named("Sam Lee"))
        let backwards = try sam.run(["review", "--from", "2026-02-10", "--to", "2026-02-02"])
        #expect(backwards.status == 64 && backwards.stderr.contains("--to (2026-02-02) is before --from (2026-02-10)"))
        let notADay = try sam.run(["review", "--from", "2026-02-30"])
        #expect(notADay.status == 64 && notADay.stderr.contains("2026-02-30"))
        let afterToday = try sam.run(["review", "--from", "2026-04-01"])
        #expect(afterToday.status == 64 && afterToday.stderr.contains("--from (2026-04-01) is after the last day of the period (2026-03-02)"))
        let format = try sam.run(["review", "--format", "pdf"])
        #expect(format.status == 64 && format.stderr.contains("pdf"))
    }

    @Test func aHomeWithNoLogIsAnError() throws {
        let result = try clinic.run(["review"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(clinic.home.path))
        #expect(!FileManager.default.fileExists(atPath: clinic.home.appendingPathComponent("limber.sqlite").path), "review never makes a log")
    }
}
