/// What `limber start` plays until a scheduler picks routines from the patient's profile: one
/// easy routine from each of mobility, stretch, control and breathing; on a gentle day (see
/// `GentleDay`) mobility and breathing only.
public enum DefaultSession {
    public static let families: [Family] = [.mobility, .stretch, .control, .breathing]
    public static let gentleFamilies: [Family] = [.mobility, .breathing]

    public static func routines(from library: RoutineLibrary, gentle: Bool = false) -> [Routine] {
        (gentle ? gentleFamilies : families).compactMap { family in
            library.routines
                .filter { $0.family == family }
                .min { ($0.level, $0.seconds, $0.id) < ($1.level, $1.seconds, $1.id) }
        }
    }
}
