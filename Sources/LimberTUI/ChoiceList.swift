import LimberCore

/// A list to choose from, one item or several: the set-up's issues, conditions, equipment and
/// rest days, the screening questions, the kind of an activity. Each item has a short label
/// and a longer text, shown in full for the item under the cursor.
public struct ChoiceList: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var label: String
        public var detail: String

        public init(label: String, detail: String = "") {
            self.label = label
            self.detail = detail
        }
    }

    public var title: String
    /// What to do, under the title.
    public var intro: String
    public var items: [Item]
    /// Several items may be chosen (space marks each), or Enter picks the one under the cursor.
    public var multiple: Bool
    public var cursor = 0
    public var chosen: Set<Int> = []

    public init(title: String, intro: String, items: [Item], multiple: Bool, chosen: Set<Int> = []) {
        self.title = title
        self.intro = intro
        self.items = items
        self.multiple = multiple
        self.chosen = chosen
    }

    /// What the patient did with the list.
    public enum Answer: Sendable, Equatable {
        /// The indexes chosen, in the list's order (one for a single choice).
        case chosen([Int])
        /// q or Escape: leave without choosing.
        case leave
    }

    /// The list after `key`, or the answer when the key ends it.
    public mutating func press(_ key: Key) -> Answer? {
        switch key {
        case .up, .character("k"):
            cursor = max(0, cursor - 1)
        case .down, .character("j"):
            cursor = min(items.count - 1, cursor + 1)
        case .character(" ") where multiple:
            if chosen.contains(cursor) { chosen.remove(cursor) } else { chosen.insert(cursor) }
        case .enter:
            return .chosen(multiple ? chosen.sorted() : [cursor])
        case .character("q"), .character("Q"), .escape:
            return .leave
        default:
            break
        }
        return nil
    }
}

/// A `ChoiceList` on the screen, and asked on a terminal.
public enum ChoiceListScreen {
    public static func render(_ list: ChoiceList, width: Int, height: Int, glyphs: Glyphs = .unicode) -> CellBuffer {
        if let small = PlayerScreen.tooSmall(width: width, height: height, glyphs: glyphs) { return small }
        let buffer = CellBuffer(width: width, height: height, glyphs: glyphs)
        var layout = Layout(fitting: buffer)
        let inner = layout.inner
        layout.line(TextLayout.truncate(list.title, width: inner, ellipsis: glyphs.ellipsis), style: .bold)
        let intro = TextLayout.wrap(list.intro, width: inner, maxLines: height >= 20 ? 3 : 2, ellipsis: glyphs.ellipsis)
        for line in intro { layout.line(line, style: .dim) }
        layout.skip()
        let detail = TextLayout.wrap(list.items.isEmpty ? "" : list.items[list.cursor].detail, width: inner,
                                     maxLines: height >= 20 ? 4 : 2, ellipsis: glyphs.ellipsis)
        // Rows left for the items: below the intro, above the detail, its blank line and the keys.
        let rows = max(1, height - (intro.count + 2) - (detail.isEmpty ? 0 : detail.count + 1) - 2)
        let first = min(max(0, list.cursor - rows + 1), max(0, list.items.count - rows))
        for index in first..<min(list.items.count, first + rows) {
            let pointer = index == list.cursor ? ">" : " "
            let mark = list.multiple ? (list.chosen.contains(index) ? "[x] " : "[ ] ") : ""
            let text = TextLayout.truncate("\(pointer) \(mark)\(list.items[index].label)", width: inner, ellipsis: glyphs.ellipsis)
            layout.line(text, style: index == list.cursor ? .bold : .plain)
        }
        layout.moveTo(row: height - 1 - (detail.isEmpty ? 0 : detail.count + 1))
        if !detail.isEmpty {
            for line in detail { layout.line(line, style: .accent) }
            layout.skip()
        }
        let keys = list.multiple
            ? ["↑ ↓ move  space mark  Enter done  q leave", "space mark  Enter done  q leave"]
            : ["↑ ↓ move  Enter choose  q leave"]
        let fitting = keys.first { CharacterWidth.of($0) <= inner } ?? keys[keys.count - 1]
        layout.line(TextLayout.truncate(fitting, width: inner, ellipsis: glyphs.ellipsis), style: .dim)
        return layout.buffer
    }

    /// The patient's answer; `.leave` when the process is asked to stop.
    public static func ask(_ list: ChoiceList, on terminal: Terminal, signals: SessionSignals) -> ChoiceList.Answer {
        var list = list
        while signals.stop() == 0 {
            if signals.takeSuspendRequest() { terminal.suspend() }
            let size = terminal.size
            terminal.draw(render(list, width: size.width, height: size.height, glyphs: terminal.glyphs))
            if let key = terminal.readKey(timeoutMilliseconds: 1000), let answer = list.press(key) {
                return answer
            }
        }
        return .leave
    }
}
