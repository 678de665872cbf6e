import Foundation
import LimberCore

/// The geometry of the HTML review's two charts, as numbers for the template's SVG: bars of
/// weekly adherence, and lines of pain before and after each session over the period.
enum SVGChart {
    static let width = 640.0, height = 180.0
    static let left = 40.0, right = 630.0, top = 10.0, bottom = 150.0

    static func frame(first: String, last: String) -> [String: Any] {
        [
            "width": number(width), "height": number(height), "left": number(left), "right": number(right),
            "top": number(top), "bottom": number(bottom), "topLabel": number(top + 4), "bottomLabel": number(bottom),
            "axisLabel": number(bottom + 18), "firstLabel": first, "lastLabel": last,
        ]
    }

    /// One bar per week with something planned (a week of 0% still shows a sliver); nil when
    /// no week had anything planned.
    static func adherence(_ weeks: [ReviewWeek]) -> [String: Any]? {
        guard let first = weeks.first, let last = weeks.last, weeks.contains(where: { $0.adherence.rate != nil }) else { return nil }
        let slot = (right - left) / Double(weeks.count)
        var chart = frame(first: first.week.text, last: last.week.text)
        chart["bars"] = weeks.enumerated().compactMap { index, week -> [String: Any]? in
            guard let rate = week.adherence.rate else { return nil }
            let height = max(1, rate * (bottom - top))
            return [
                "x": number(left + Double(index) * slot + slot * 0.1), "y": number(bottom - height),
                "w": number(max(0.5, slot * 0.8)), "h": number(height),
                "label": "week of \(week.week): \(Adherence.percent(rate)) (\(week.adherence.completed) of \(week.adherence.planned))",
            ]
        }
        return chart
    }

    /// Points along the period by date; nil when no session has a pain rating.
    static func pain(_ pairs: [PainPair], from: LocalDay, to: LocalDay) -> [String: Any]? {
        guard !pairs.isEmpty else { return nil }
        let span = Double(max(1, to.dayNumber - from.dayNumber))
        func x(_ day: LocalDay) -> Double { left + Double(day.dayNumber - from.dayNumber) / span * (right - left) }
        func y(_ pain: Int) -> Double { bottom - Double(pain) / 10 * (bottom - top) }
        func dots(_ value: (PainPair) -> Int?, _ what: String) -> [[String: Any]] {
            pairs.compactMap { pair in
                value(pair).map { ["x": number(x(pair.date)), "y": number(y($0)), "label": "\(pair.date): \($0) \(what)"] }
            }
        }
        func points(_ dots: [[String: Any]]) -> String {
            dots.map { "\($0["x"]!),\($0["y"]!)" }.joined(separator: " ")
        }
        var chart = frame(first: from.text, last: to.text)
        let before = dots(\.before, "before"), after = dots(\.after, "after")
        chart["beforeDots"] = before
        chart["afterDots"] = after
        chart["beforePoints"] = points(before)
        chart["afterPoints"] = points(after)
        return chart
    }

    static func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
