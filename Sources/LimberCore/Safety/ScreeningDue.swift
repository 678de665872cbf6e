extension Screening {
    /// Days from one screening to the next: screening is asked at the first run, then weekly.
    public static let intervalDays = 7
}

/// Whether the patient should be screened on `day`: there is no screening yet, or the latest
/// one up to `day` is `Screening.intervalDays` or more days old. `screenings` may be in any order.
public func screeningDue(_ day: LocalDay, _ screenings: [Screening]) -> Bool {
    guard let latest = screenings.map(\.day).filter({ $0 <= day }).max() else { return true }
    return latest.adding(days: Screening.intervalDays) <= day
}
