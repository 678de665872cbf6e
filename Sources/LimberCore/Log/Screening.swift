import Foundation

/// One screening the patient answered (`limber screen`): the symptoms from the clinic's list that
/// applied that day. An empty list says none did, which is a screening too.
public struct Screening: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var day: LocalDay
    public var recordedAt: Date
    /// Symptom ids from `safety.yaml` (red flags and assessment patterns) answered yes.
    public var symptoms: [String]

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, day, symptoms
        case recordedAt = "recorded_at"
    }

    public init(id: String = UUID().uuidString.lowercased(), day: LocalDay, recordedAt: Date, symptoms: [String]) {
        self.id = id
        self.day = day
        self.recordedAt = recordedAt
        self.symptoms = symptoms
    }

    /// A screening answered at `instant`, on the patient's day in `zone`.
    public init(symptoms: [String], at instant: Date, in zone: TimeZone) {
        self.init(day: LocalDay(containing: instant, in: zone), recordedAt: instant, symptoms: symptoms)
    }

    /// What is wrong with the record, or nil when the log can keep it.
    public var problem: String? {
        symptoms.contains(where: \.isEmpty) ? "a screening's symptoms cannot be empty names" : nil
    }
}

/// A professional's word that a red flag has been seen to (`limber screen --cleared NAME --by
/// WHO`): it lifts the stop that flag set, for reports of it made before the clearance.
public struct Clearance: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var day: LocalDay
    public var recordedAt: Date
    /// The red flag's id from `safety.yaml`.
    public var symptom: String
    /// Who saw the patient, as typed ("Dr Lee, GP").
    public var clearedBy: String

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, day, symptom
        case recordedAt = "recorded_at"
        case clearedBy = "cleared_by"
    }

    public init(
        id: String = UUID().uuidString.lowercased(), day: LocalDay, recordedAt: Date, symptom: String, clearedBy: String
    ) {
        self.id = id
        self.day = day
        self.recordedAt = recordedAt
        self.symptom = symptom
        self.clearedBy = clearedBy
    }

    /// A clearance recorded at `instant`, on the patient's day in `zone`.
    public init(symptom: String, by clearedBy: String, at instant: Date, in zone: TimeZone) {
        self.init(day: LocalDay(containing: instant, in: zone), recordedAt: instant, symptom: symptom, clearedBy: clearedBy)
    }

    public var problem: String? {
        if symptom.isEmpty { return "a clearance needs 'symptom'" }
        if clearedBy.trimmingCharacters(in: .whitespaces).isEmpty { return "a clearance needs 'cleared_by': who saw the patient" }
        return nil
    }
}
