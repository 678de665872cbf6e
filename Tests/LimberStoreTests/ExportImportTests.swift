import Foundation
import LimberCore
import LimberStore
import Testing

@Suite("Export and import")
struct ExportImportTests {
    let exportedAt = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("a log exported and imported into a fresh home is identical")
    func roundTrip() throws {
        try withTemporaryHome { home in
            let original = try AppDatabase(home: home.appendingPathComponent("old"))
            try Sample.fill(original, days: 20)
            let hang = Routine(
                id: "hang-full", name: "Full hang", family: .hang,
                steps: [Step(name: "Hang", kind: .hold, load: .seconds(20), sets: 2, rest: 30)])
            _ = try original.beginSession(day: "2024-05-01", plan: SessionPlan(routines: [hang]), startedAt: Sample.morning)
            let file = home.appendingPathComponent("sam.jsonl")
            try ExportFile.write(original.exportJSONLines(exportedAt: exportedAt), to: file)

            let moved = try AppDatabase(home: home.appendingPathComponent("new"))
            let summary = try moved.merge(LogArchive.decode(ExportFile.read(file), path: file.path))
            #expect(summary.sessionsAdded == 21)
            #expect(summary.stepsAdded == 60)
            #expect(summary.selfReportsAdded == 5)
            #expect(summary.screeningsAdded == 1 && summary.clearancesAdded == 1)
            #expect(summary.plannedSetsAdded == 2)
            #expect(summary.profileChangesAdded == 1)
            #expect(try moved.contents() == original.contents())

            let again = home.appendingPathComponent("again.jsonl")
            try ExportFile.write(moved.exportJSONLines(exportedAt: exportedAt), to: again)
            #expect(try Data(contentsOf: again) == Data(contentsOf: file))
            #expect(try permissions(of: file) == 0o600)
        }
    }

    @Test("the export starts with a header naming its format and version, then one typed record a line")
    func shape() throws {
        let store = try AppDatabase.inMemory()
        try Sample.fill(store, days: 1, stepsPerSession: 1)
        let lines = try lines(of: store)
        let header = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(header["format"] as? String == "limber-log")
        #expect(header["version"] as? Int == 3)
        #expect(header["exported_at"] as? String == "2027-01-15T08:00:00.000Z")
        let types = try lines.dropFirst().map {
            try (JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["type"] as? String
        }
        #expect(types == ["profile-change", "session", "step", "self-report", "self-report", "self-report", "self-report", "self-report",
                          "screening", "clearance"])
        #expect(lines[2].contains("\"started_at\":\"2014-01-01T09:00:00.123Z\""))
    }

    @Test("a bad line imports nothing and is named", arguments: [
        (3, "{\"type\": \"session\", \"id\": ", "sam.jsonl:3: not valid JSON. Nothing was imported."),
        (4, "{\"type\":\"self-report\",\"id\":\"x\",\"day\":\"2014-01-01\",\"kind\":\"crack\"}",
         "sam.jsonl:4: missing field 'recorded_at'. Nothing was imported."),
        (2, "{\"type\":\"workout\"}",
         "sam.jsonl:2: unknown type 'workout' (expected profile-change, session, planned-set, step, self-report, screening, clearance or, from version 1, profile). Nothing was imported."),
        (3, "{\"type\":\"self-report\",\"id\":\"p\",\"day\":\"2014-01-01\",\"recorded_at\":\"2014-01-01T10:00:00.000Z\",\"kind\":\"pain\",\"pain\":12}",
         "sam.jsonl:3: pain 12 is not between 0 and 10. Nothing was imported."),
        (3, "{\"type\":\"self-report\",\"id\":\"p\",\"day\":\"2014-01-01\",\"recorded_at\":\"yesterday\",\"kind\":\"crack\"}",
         "sam.jsonl:3: field 'recorded_at': not a time like 2024-05-01T07:30:00.000Z. Nothing was imported."),
        (3, "{\"type\":\"self-report\",\"id\":\"p\",\"day\":\"2014-01-01\",\"recorded_at\":\"2014-01-01T10:00:00.000Z\",\"kind\":\"Crack\"}",
         "sam.jsonl:3: field 'kind': 'Crack' is not one of crack, activity, pain, stiffness, symptom, sharp-pain, flare. Nothing was imported."),
        (3, "{\"type\":\"self-report\",\"id\":\"p\",\"day\":\"2014-01-01\",\"recorded_at\":\"2014-01-01T10:00:00.000Z\",\"kind\":\"crack\",\"nots\":\"after the drive\"}",
         "sam.jsonl:3: unknown field 'nots' for a self-report (expected activity, day, id, kind, minutes, note, pain, recorded_at, symptom, type). Nothing was imported."),
        (3, "{\"type\":\"clearance\",\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"day\":\"2014-01-01\",\"recorded_at\":\"2014-01-01T10:00:00.000Z\",\"symptom\":\"fever\"}",
         "sam.jsonl:3: missing field 'cleared_by'. Nothing was imported."),
        (3, "{\"type\":\"screening\",\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"day\":\"2014-01-01\",\"recorded_at\":\"2014-01-01T10:00:00.000Z\",\"symptoms\":[\"Fever\"]}",
         "sam.jsonl:3: symptoms 'Fever' is not the id of a symptom: lower-case letters and digits joined by dashes. Nothing was imported."),
    ])
    func badLine(number: Int, line: String, message: String) throws {
        let source = try AppDatabase.inMemory()
        try Sample.fill(source, days: 2)
        var lines = try lines(of: source)
        lines.insert(line, at: number - 1)
        let target = try AppDatabase.inMemory()

        let error = #expect(throws: LogStoreError.self) {
            try target.merge(LogArchive.decode(Data(lines.joined(separator: "\n").utf8), path: "sam.jsonl"))
        }
        #expect(error?.description == message)
        #expect(try target.contents() == LogContents())
    }

    @Test("a step whose session is not in the file is named")
    func orphanStep() throws {
        let source = try AppDatabase.inMemory()
        try Sample.fill(source, days: 1, stepsPerSession: 1)
        let lines = try lines(of: source)
        let withoutSession = [lines[0], lines[1]] + lines[3...]
        #expect(throws: LogStoreError.badImportLine(
            path: "f", line: 3, reason: "step of session \(try source.contents().sessions[0].id), which is not in the file")
        ) {
            try LogArchive.decode(Data(withoutSession.joined(separator: "\n").utf8), path: "f")
        }
    }

    @Test("a version 1 export still imports: its one profile becomes the first change, on the UTC day it was saved")
    func versionOne() throws {
        let text = """
            {"exported_at":"2024-05-02T00:00:00.000Z","format":"limber-log","version":1}
            {"type":"profile","name":"Sam","flagged_issues":["prolonged-sitting"],"daily_minutes":20,"equipment":["mat"],"rest_days":["sun"],"updated_at":"2024-05-01T23:30:00.000Z"}
            {"type":"session","id":"0f8fad5b-d9cb-469f-a165-70867728950e","day":"2024-05-01","planned_routines":["cat-camel"],"started_at":"2024-05-01T08:00:00.000Z","status":"completed"}
            """
        let store = try AppDatabase.inMemory()
        let summary = try store.merge(LogArchive.decode(Data(text.utf8), path: "old.jsonl"))
        #expect(summary.sessionsAdded == 1)
        #expect(summary.profileChangesAdded == 1)
        let profile = try #require(try store.profile())
        #expect(profile.day == "2024-05-01")
        #expect(profile.flaggedIssues == [FlaggedIssue(issue: "prolonged-sitting", since: "2024-05-01")])
        #expect(profile.dailyMinutes == 20 && profile.equipment == ["mat"] && profile.restDays == [.sun])
        #expect(try store.merge(LogArchive.decode(Data(text.utf8), path: "old.jsonl")).addedNothing)
    }

    @Test("the voice setting goes through an export and back; a version 2 export, from before it, imports with voice off")
    func voiceSetting() throws {
        let store = try AppDatabase.inMemory()
        var edit = ProfileEdit()
        edit.voice = true
        let on = edit.applied(to: nil, day: "2024-05-01", at: Sample.morning)
        edit.voice = false
        let off = edit.applied(to: on, day: "2024-05-03", at: Sample.morning + 2 * 86_400)
        try store.saveProfile(on)
        try store.saveProfile(off)
        let lines = try lines(of: store)
        #expect(lines[1].contains("\"voice\":true") && lines[2].contains("\"voice\":false"))
        let moved = try AppDatabase.inMemory()
        _ = try moved.merge(LogArchive.decode(Data(lines.joined(separator: "\n").utf8), path: "sam.jsonl"))
        let history = try moved.profileHistory()
        #expect(history.changes.map(\.voice) == [true, false])
        #expect(history.on("2024-05-02")?.speaks == true && history.current?.speaks == false)

        let older = """
            {"exported_at":"2026-11-01T00:00:00.000Z","format":"limber-log","version":2}
            {"type":"profile-change","id":"0f8fad5b-d9cb-469f-a165-70867728950f","day":"2026-10-01","flagged_issues":[],"conditions":[],"equipment":[],"rest_days":[],"updated_at":"2026-10-01T08:00:00.000Z"}
            """
        let fresh = try AppDatabase.inMemory()
        _ = try fresh.merge(LogArchive.decode(Data(older.utf8), path: "old.jsonl"))
        #expect(try fresh.profile()?.voice == nil && fresh.profile()?.speaks == false)
    }

    @Test("an export from a newer Limber is refused with the versions named")
    func newerVersion() throws {
        let text = "{\"exported_at\":\"2030-01-01T00:00:00.000Z\",\"format\":\"limber-log\",\"version\":4}\n"
        let error = #expect(throws: LogStoreError.newerExportFormat(path: "sam.jsonl", version: 4, supported: 3)) {
            try LogArchive.decode(Data(text.utf8), path: "sam.jsonl")
        }
        #expect(error?.description.contains("Update Limber") == true)
    }

    @Test("a file that is not an export is refused at line 1")
    func notAnExport() throws {
        #expect(throws: LogStoreError.badImportLine(
            path: "notes.txt", line: 1,
            reason: "not a Limber export: the first line must be a header with \"format\": \"limber-log\"")
        ) {
            try LogArchive.decode(Data("shopping list\n".utf8), path: "notes.txt")
        }
        #expect(throws: LogStoreError.badImportLine(path: "empty", line: 1, reason: "the file is empty, not a Limber export")) {
            try LogArchive.decode(Data(), path: "empty")
        }
    }

    @Test("a missing import file, or a folder, is named with what is wrong")
    func unreadableFile() throws {
        #expect(throws: LogStoreError.cannotReadFile(path: "/nonexistent/sam.jsonl", reason: "there is no such file")) {
            try ExportFile.read(URL(fileURLWithPath: "/nonexistent/sam.jsonl"))
        }
        #expect(throws: LogStoreError.cannotReadFile(path: "/tmp", reason: "it is a folder, not a file")) {
            try ExportFile.read(URL(fileURLWithPath: "/tmp"))
        }
    }

    private func lines(of store: AppDatabase) throws -> [String] {
        let data = try LogArchive.encode(store.contents(), exportedAt: exportedAt)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
