import Foundation
import LimberCore
import LimberStore
import Testing

/// What is imported is what was exported: text comes back whole, and a line Limber could not
/// have written is refused, named by its line, with nothing imported.
@Suite("What an import refuses")
struct ImportRefusalTests {
    static let session = "0f8fad5b-d9cb-469f-a165-70867728950e"
    static let header = #"{"exported_at":"2024-05-02T00:00:00.000Z","format":"limber-log","version":1}"#
    /// A session of 2024-05-01 08:00 UTC, with `fields` replacing or adding to its own.
    static func sessionLine(_ fields: String = "") -> String {
        #"{"type":"session","id":"\#(session)","day":"2024-05-01","planned_routines":["cat-camel"],"#
            + #""started_at":"2024-05-01T08:00:00.000Z","ended_at":"2024-05-01T08:10:00.000Z","status":"completed"\#(fields)}"#
    }
    static func stepLine(_ fields: String) -> String {
        #"{"type":"step","id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","session_id":"\#(session)","routine_id":"cat-camel","#
            + #""step_index":0,"step_name":"Cat-camel","set_number":1,"status":"done",\#(fields)}"#
    }
    static let times = #""started_at":"2024-05-01T08:00:00.000Z","ended_at":"2024-05-01T08:00:30.000Z""#
    static func reportLine(_ fields: String) -> String {
        #"{"type":"self-report","id":"9b2e4f1a-3c5d-4e6f-8a7b-1c2d3e4f5a6b","day":"2024-05-01","#
            + #""recorded_at":"2024-05-01T09:00:00.000Z",\#(fields)}"#
    }

    func importing(_ lines: [String]) throws -> (AppDatabase, Result<ImportSummary, LogStoreError>) {
        let store = try AppDatabase.inMemory()
        let data = Data(([Self.header] + lines).joined(separator: "\n").utf8)
        do { return (store, .success(try store.merge(decoding: data, path: "sam.jsonl"))) } catch let error as LogStoreError {
            return (store, .failure(error))
        }
    }

    @Test("text holding every control character but NUL, and any Unicode, comes back byte for byte")
    func textRoundTrips() throws {
        let controls = String(String.UnicodeScalarView((1...0x1F).compactMap(Unicode.Scalar.init) + [Unicode.Scalar(0x7F)!]
            + (0x80...0x9F).compactMap(Unicode.Scalar.init)))
        let note = "\(controls) \"quoted\" back\\slash / é e\u{301} 気 👍🏽 \u{2028}\u{FEFF}" + String(repeating: "x", count: 5000)
        let original = try AppDatabase.inMemory()
        let id = try original.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel"], startedAt: Sample.morning)
        try original.recordStep(StepResult(sessionID: id, routineID: "cat-camel", stepIndex: 0, stepName: "Cat\u{1B}[2J camel é",
                                           plannedSeconds: 30, doneSeconds: 30, status: .done,
                                           startedAt: Sample.at(0.001), endedAt: Sample.at(30.999)))
        try original.record(.pain(3, at: Sample.at(3600), note: note))
        try original.record(.crack(at: Sample.at(3700), note: ""))
        let exported = try original.exportJSONLines(exportedAt: Sample.morning)

        let copy = try AppDatabase.inMemory()
        _ = try copy.merge(decoding: exported, path: "sam.jsonl")
        #expect(try copy.contents() == original.contents())
        #expect(try copy.selfReports(from: "2024-05-01", through: "2024-05-01").map(\.note).contains(note))
        #expect(try copy.exportJSONLines(exportedAt: Sample.morning) == exported)
    }

    @Test("a NUL in a note is refused, not cut short")
    func nul() throws {
        let (store, result) = try importing([Self.reportLine(#""kind":"crack","note":"after\u0000the drive""#)])
        #expect(result.failure?.description
            == #"sam.jsonl:2: field 'note' holds a NUL character (\u0000), which the log cannot keep. Nothing was imported."#)
        #expect(try store.contents() == LogContents())
    }

    @Test("each line Limber could not have written is refused, naming the line", arguments: [
        (sessionLine(#","ended_at":"2024-05-01T07:59:59.999Z""#).replacingOccurrences(of: #","ended_at":"2024-05-01T08:10:00.000Z""#, with: ""),
         "ended_at 2024-05-01T07:59:59.999Z is before started_at 2024-05-01T08:00:00.000Z: it ends before it starts"),
        (sessionLine().replacingOccurrences(of: #""day":"2024-05-01""#, with: #""day":"2024-05-03""#),
         "day 2024-05-03 cannot be the local day of started_at 2024-05-01T08:00:00.000Z: in any time zone that is 2024-04-30 to 2024-05-02"),
        (sessionLine().replacingOccurrences(of: session, with: "../../etc"),
         "id '../../etc' is not an id: Limber's ids are UUIDs like 0f8fad5b-d9cb-469f-a165-70867728950e"),
        (sessionLine().replacingOccurrences(of: session, with: session.uppercased()),
         "id '\(session.uppercased())' is not an id: Limber's ids are UUIDs like 0f8fad5b-d9cb-469f-a165-70867728950e"),
        (sessionLine().replacingOccurrences(of: #"["cat-camel"]"#, with: #"["Cat Camel"]"#),
         "planned_routines 'Cat Camel' is not the id of a routine: lower-case letters and digits joined by dashes"),
        (sessionLine(#","status":"partial""#), "field 'status' is given twice; an export gives each field once"),
        (sessionLine(#","st\u0061tus":"partial""#), "field 'status' is given twice; an export gives each field once"),
        (sessionLine(#","pain_before":99999999999999999999"#), "field 'pain_before': the number 99999999999999999999 is far out of range"),
        (sessionLine(#","pain_before":2.5"#), "field 'pain_before' should be a whole number, found 2.5"),
        (sessionLine(#","pain_before":"2""#), "field 'pain_before' should be a whole number"),
        (sessionLine(#","pain_before":-3"#), "pain_before -3 is not between 0 and 10"),
    ])
    func badSession(line: String, reason: String) throws {
        let (store, result) = try importing([line])
        #expect(result.failure?.description == "sam.jsonl:2: \(reason). Nothing was imported.")
        #expect(try store.contents() == LogContents())
    }

    @Test("a bad step or self-report is refused, naming its line", arguments: [
        (stepLine(#""planned_seconds":30,"done_seconds":31,\#(times)"#),
         "done_seconds 31 is more than planned_seconds 30: a set is never played for longer than planned"),
        (stepLine(#""planned_seconds":30,"done_seconds":30,"started_at":"2024-05-01T08:00:30.000Z","ended_at":"2024-05-01T08:00:00.000Z""#),
         "ended_at 2024-05-01T08:00:00.000Z is before started_at 2024-05-01T08:00:30.000Z: it ends before it starts"),
        (stepLine(#""planned_seconds":30,"done_seconds":30,\#(times)"#).replacingOccurrences(of: "cat-camel", with: "cat_camel"),
         "routine_id 'cat_camel' is not the id of a routine: lower-case letters and digits joined by dashes"),
        (stepLine(#""planned_seconds":30,"done_seconds":30,"done_seconds":0,\#(times)"#),
         "field 'done_seconds' is given twice; an export gives each field once"),
        (reportLine(#""kind":"symptom","symptom":"saddle numbness""#),
         "symptom 'saddle numbness' is not the id of a symptom: lower-case letters and digits joined by dashes"),
        (reportLine(#""kind":"crack""#).replacingOccurrences(of: #""day":"2024-05-01""#, with: #""day":"2024-04-29""#),
         "day 2024-04-29 cannot be the local day of recorded_at 2024-05-01T09:00:00.000Z: in any time zone that is 2024-04-30 to 2024-05-02"),
        (reportLine(#""kind":"activity","activity":"walk","minutes":1e400"#), "field 'minutes': the number 1e400 is far out of range"),
        (reportLine(#""kind":"activity","activity":"walk","minutes":1e3"#), "minutes 1000 is not between 1 and 600"),
    ])
    func badStepOrReport(line: String, reason: String) throws {
        let (store, result) = try importing([Self.sessionLine(), line])
        #expect(result.failure?.description == "sam.jsonl:3: \(reason). Nothing was imported.")
        #expect(try store.contents() == LogContents())
    }

    @Test("a step longer than planned is refused even for a session already in the log")
    func longStepForAnExistingSession() throws {
        let store = try AppDatabase.inMemory()
        _ = try store.merge(decoding: Data(([Self.header, Self.sessionLine()]).joined(separator: "\n").utf8), path: "first.jsonl")
        let longer = Self.stepLine(#""planned_seconds":30,"done_seconds":3000,\#(Self.times)"#)
        let error = #expect(throws: LogStoreError.self) {
            try store.merge(decoding: Data(([Self.header, Self.sessionLine(), longer]).joined(separator: "\n").utf8), path: "sam.jsonl")
        }
        #expect(error?.description == "sam.jsonl:3: done_seconds 3000 is more than planned_seconds 30: a set is never played for longer than planned. Nothing was imported.")
        #expect(try store.contents().steps.isEmpty)
    }

    @Test("a day one either side of the UTC day is a local day somewhere, and is kept")
    func dayInAnotherTimeZone() throws {
        for day in ["2024-04-30", "2024-05-02"] {
            let (store, result) = try importing([Self.sessionLine().replacingOccurrences(of: #""day":"2024-05-01""#, with: #""day":"\#(day)""#)])
            #expect(result.failure == nil)
            #expect(try store.contents().sessions.map(\.day.text) == [day])
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { failure } else { nil }
    }
}

extension LogStore {
    /// Decodes an export and merges it, as `limber import` does.
    func merge(decoding data: Data, path: String) throws -> ImportSummary {
        try merge(LogArchive.decode(data, path: path))
    }
}
