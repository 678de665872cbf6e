import Foundation

/// The routines a patient can be given, with the issue, condition and safety catalogues they
/// refer to.
public struct RoutineLibrary: Sendable {
    /// Valid routines in id order: built-in ones, replaced or extended by the clinic's folder.
    public var routines: [Routine]
    public var issues: [PatientIssue]
    public var conditions: [PatientCondition]
    public var safety: SafetyCatalog
    /// The clinic whose advice this is (`clinic.yaml`).
    public var clinic: Clinic
    /// Every problem found while loading; files with problems were left out.
    public var diagnostics: [Diagnostic]

    public init(
        routines: [Routine], issues: [PatientIssue], conditions: [PatientCondition], safety: SafetyCatalog,
        clinic: Clinic = Clinic(), diagnostics: [Diagnostic] = []
    ) {
        self.routines = routines.sorted { $0.id < $1.id }
        self.issues = issues
        self.conditions = conditions
        self.safety = safety
        self.clinic = clinic
        self.diagnostics = diagnostics
    }

    /// The library speaking to a patient whose locale is in `environment`: every placeholder in
    /// the safety advice filled with the clinic's or the country's numbers.
    public func localized(for environment: [String: String]) -> RoutineLibrary {
        var library = self
        library.safety = safety.filled(by: EmergencyContacts(clinic: clinic, environment: environment))
        return library
    }

    public func routine(id: String) -> Routine? {
        routines.first { $0.id == id }
    }

    /// One line per file that was left out, for commands that only use the library.
    public var skippedFileWarnings: [String] {
        var seen = Set<String>()
        return diagnostics.compactMap { diagnostic in
            guard seen.insert(diagnostic.path).inserted else { return nil }
            return "warning: skipped \(diagnostic.path): \(diagnostic.message) (see 'limber routines check')"
        }
    }
}
