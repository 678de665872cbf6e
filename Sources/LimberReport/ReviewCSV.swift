import CSV
import Foundation
import LimberCore

/// The review as CSV for a spreadsheet or the patient's records: one row per step result, every
/// patient in one file. Quoting is CSV.swift's, so commas, quotes and line breaks in names
/// survive a round trip.
public enum ReviewCSV {
    public static let columns = [
        "patient", "source", "date", "session_id", "session_status", "routine", "step_index", "step_name", "side",
        "set_number", "planned_seconds", "done_seconds", "step_status", "started_at", "ended_at",
    ]

    public static func render(_ reviews: [PatientReview]) throws -> Data {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: columns)
        for review in reviews {
            for session in review.sessions {
                for step in session.steps {
                    try writer.write(row: [
                        review.patient, review.source, session.date.text, session.id, session.status.rawValue, step.routine,
                        String(step.stepIndex), step.stepName, step.side?.rawValue ?? "", String(step.setNumber),
                        String(step.plannedSeconds), String(step.doneSeconds), step.status.rawValue,
                        LogTime.text(step.startedAt), LogTime.text(step.endedAt),
                    ].map(inert))
                }
            }
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return data + Data("\r\n".utf8)
    }

    /// A field a spreadsheet would run as a formula (a name typed as "=HYPERLINK(...)") starts
    /// with an apostrophe instead, which spreadsheets show as text (OWASP's advice on CSV
    /// injection). Numbers here are never negative, so no figure is changed.
    static func inert(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        return "'" + field
    }
}
